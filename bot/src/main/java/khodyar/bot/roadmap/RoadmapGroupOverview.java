package khodyar.bot.roadmap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.GroupOverview;
import khodyar.domain.roadmap.Assessment;
import khodyar.domain.roadmap.GroupRoadmap;
import khodyar.domain.roadmap.Roadmap;
import khodyar.domain.roadmap.Step;
import khodyar.domain.roadmap.StepStatus;
import org.springframework.stereotype.Component;

/**
 * The roadmap's part of the facilitator's {@code /groups}: progress, the next steps, steps left behind
 * in earlier stages (overdue), no progress for 30 days, and members who need side support.
 */
@Component
public class RoadmapGroupOverview implements GroupOverview {

    static final Duration STALLED_AFTER = Duration.ofDays(30);

    private final Roadmaps roadmaps;
    private final RoadmapView view;
    private final Assessments assessments;

    public RoadmapGroupOverview(Roadmaps roadmaps, RoadmapView view, Assessments assessments) {
        this.roadmaps = roadmaps;
        this.view = view;
        this.assessments = assessments;
    }

    @Override
    public List<String> linesFor(Turn turn, GroupDoc group) {
        Roadmaps.Result now = roadmaps.read(group, turn.now());
        GroupRoadmap roadmap = now.roadmap();
        List<String> lines = new ArrayList<>();
        lines.add(turn.text("roadmap.overview.progress", roadmap.doneCount(), roadmap.requiredCount()));
        if (!roadmap.isFinished()) {
            lines.add(turn.text("roadmap.overview.next", roadmap.nextSteps(RoadmapView.NEXT_STEPS, now.facts()).stream()
                    .map(StepStatus::step).map(step -> step.id().name())
                    .collect(Collectors.joining(turn.text("list.separator")))));
        }
        String overdue = Roadmap.standard().steps().stream()
                .filter(step -> roadmap.currentStage().isAfter(step.stage()))
                .filter(step -> !step.struckOut() && !roadmap.isDone(step.id()))
                .map(Step::id).map(Enum::name)
                .collect(Collectors.joining(turn.text("list.separator")));
        if (!overdue.isEmpty()) {
            lines.add(turn.text("roadmap.overview.overdue", overdue));
        }
        if (!roadmap.isFinished() && roadmap.lastProgressAt().plus(STALLED_AFTER).isBefore(turn.now())) {
            lines.add(turn.text("roadmap.overview.stalled", STALLED_AFTER.toDays(), view.date(turn, roadmap.lastProgressAt())));
        }
        String needSupport = assessments.ofGroup(group.id()).stream()
                .filter(Assessment::needsSideSupport)
                .map(assessment -> view.nameOf(group, assessment.person().value()))
                .collect(Collectors.joining(turn.text("list.separator")));
        if (!needSupport.isEmpty()) {
            lines.add(turn.text("roadmap.overview.sideSupport", needSupport));
        }
        return lines;
    }
}
