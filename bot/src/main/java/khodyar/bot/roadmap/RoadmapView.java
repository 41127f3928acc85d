package khodyar.bot.roadmap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import khodyar.bot.chat.Turn;
import khodyar.bot.config.BotSettings;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.bot.meeting.MeetingFacts;
import khodyar.bot.people.People;
import khodyar.bot.people.Person;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.Keyboard.Button;
import khodyar.domain.group.PersonId;
import khodyar.domain.meeting.AttendanceRate;
import khodyar.domain.meeting.TrainingRecord;
import khodyar.domain.roadmap.Actor;
import khodyar.domain.roadmap.BookFacts;
import khodyar.domain.roadmap.Completion;
import khodyar.domain.roadmap.GroupRoadmap;
import khodyar.domain.roadmap.RoadmapEvent;
import khodyar.domain.roadmap.Stage;
import khodyar.domain.roadmap.Step;
import khodyar.domain.roadmap.StepId;
import khodyar.domain.roadmap.StepOwner;
import khodyar.domain.roadmap.StepStatus;
import khodyar.domain.text.PersianFormat;
import org.springframework.stereotype.Component;

/** The roadmap in words: the current stage and its steps, the next steps, the sign-off buttons, the log. */
@Component
public class RoadmapView {

    static final String SIGN_PREFIX = "stp";
    static final int NEXT_STEPS = 3;
    /** Steps the trainings held fulfil; their lines say how many sessions were held. */
    static final Set<StepId> TRAINING_STEPS = EnumSet.of(StepId.C1, StepId.C2, StepId.C10, StepId.M5, StepId.M6);
    private static final int BUTTONS_PER_ROW = 3;

    private final Groups groups;
    private final People people;
    private final BotSettings settings;
    private final MeetingFacts meetings;

    public RoadmapView(Groups groups, People people, BotSettings settings, MeetingFacts meetings) {
        this.groups = groups;
        this.people = people;
        this.settings = settings;
        this.meetings = meetings;
    }

    public static Actor actorOf(Turn turn) {
        return new Actor(new PersonId(turn.userId()), turn.roles());
    }

    /** The current stage with every step's state, the steps still open from earlier stages, and what comes next. */
    public String stage(Turn turn, GroupDoc group, GroupRoadmap roadmap, BookFacts facts) {
        Stage stage = roadmap.currentStage();
        StringBuilder text = new StringBuilder(turn.text("roadmap.view.header", group.name(), stage.number(),
                turn.text(stage.titleKey()), roadmap.doneCount(), roadmap.requiredCount()));
        AttendanceRate attendance = meetings.attendance(group.id()).group();
        if (attendance.isKnown()) {
            text.append('\n').append(turn.text("assembly2.roadmap.attendance", attendance.percent()));
        }
        TrainingRecord trainings = meetings.trainings(group.id());
        for (Stage earlier : Stage.values()) {
            if (stage.isAfter(earlier)) {
                roadmap.statusOf(earlier, facts).stream()
                        .filter(status -> status.state() != StepStatus.State.DONE
                                && status.state() != StepStatus.State.STRUCK_OUT)
                        .forEach(status -> text.append("\n\n").append(line(turn, group, status, trainings)));
            }
        }
        for (StepStatus status : roadmap.statusOf(stage, facts)) {
            text.append("\n\n").append(line(turn, group, status, trainings));
        }
        if (roadmap.isFinished()) {
            text.append("\n\n").append(turn.text("roadmap.view.finished"));
        } else {
            text.append("\n\n").append(turn.text("roadmap.view.next"));
            for (StepStatus next : roadmap.nextSteps(NEXT_STEPS, facts)) {
                text.append('\n').append(turn.text("roadmap.view.nextLine", next.step().id().name(),
                        turn.text(next.step().titleKey())));
            }
        }
        return text.toString();
    }

    /** Buttons for the steps this person may sign off now; none when there are none. */
    public Keyboard signOffButtons(Turn turn, GroupRoadmap roadmap, BookFacts facts) {
        List<Step> signable = roadmap.signableBy(actorOf(turn), facts);
        if (signable.isEmpty()) {
            return null;
        }
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (Step step : signable) {
            row.add(new Button(turn.text("roadmap.button.signOff", step.id().name()), SIGN_PREFIX + ":" + step.id().name()));
            if (row.size() == BUTTONS_PER_ROW) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return Keyboard.inline(rows);
    }

    /** The transition log, oldest first, with who and when. */
    public String history(Turn turn, GroupDoc group, GroupRoadmap roadmap) {
        if (roadmap.history().isEmpty()) {
            return turn.text("roadmap.history.empty", group.name());
        }
        StringBuilder text = new StringBuilder(turn.text("roadmap.history.title", group.name()));
        for (RoadmapEvent event : roadmap.history()) {
            text.append('\n').append(turn.text("roadmap.history.line", date(turn, event.at()), eventText(turn, group, event)));
        }
        return text.toString();
    }

    public String eventText(Turn turn, GroupDoc group, RoadmapEvent event) {
        if (event instanceof RoadmapEvent.StepSignedOff e) {
            return turn.text("roadmap.history.signedOff", e.step().name(), nameOf(group, e.by().value()));
        }
        if (event instanceof RoadmapEvent.StepCompletedByBooks e) {
            return turn.text("roadmap.event.stepCompletedByBooks", e.step().name());
        }
        if (event instanceof RoadmapEvent.EvidenceAttached e) {
            return turn.text("roadmap.history.evidence", e.step().name(), nameOf(group, e.by().value()));
        }
        if (event instanceof RoadmapEvent.StageAdvanced e) {
            return turn.text("roadmap.event.stageAdvanced", e.to().number());
        }
        if (event instanceof RoadmapEvent.RoadmapFinished) {
            return turn.text("roadmap.event.finished");
        }
        if (event instanceof RoadmapEvent.StepReopened e) {
            return turn.text("roadmap.history.stepReopened", e.step().name(), nameOf(group, e.by().value()), e.reason());
        }
        if (event instanceof RoadmapEvent.StageReopened e) {
            return turn.text("roadmap.history.stageReopened", e.stage().number(), nameOf(group, e.by().value()), e.reason());
        }
        throw new IllegalStateException("unknown roadmap event " + event);
    }

    public String date(Turn turn, Instant at) {
        return PersianFormat.date(at.atZone(settings.timezone()).toLocalDate(), turn.lang().code());
    }

    /** The person's name as the group knows them. */
    public String nameOf(GroupDoc group, long userId) {
        return groups.membership(group.id(), userId).map(Membership::name)
                .or(() -> people.find(userId).map(Person::name))
                .orElse(Long.toString(userId));
    }

    private String line(Turn turn, GroupDoc group, StepStatus status, TrainingRecord trainings) {
        String line = line(turn, group, status);
        StepId id = status.step().id();
        return TRAINING_STEPS.contains(id)
                ? line + "\n" + turn.text("assembly2.roadmap.trainingsHeld", trainings.sessionsToward(id))
                : line;
    }

    private String line(Turn turn, GroupDoc group, StepStatus status) {
        Step step = status.step();
        String id = step.id().name();
        String title = turn.text(step.titleKey());
        return switch (status.state()) {
            case DONE -> {
                Completion completion = status.completion().orElseThrow();
                if (completion instanceof Completion.SignOff signOff) {
                    String done = turn.text("roadmap.view.done", id, title, nameOf(group, signOff.by().value()),
                            date(turn, signOff.at()));
                    if (!signOff.note().isEmpty()) {
                        done += "\n" + turn.text("roadmap.view.note", signOff.note());
                    }
                    if (!signOff.attachmentFileIds().isEmpty()) {
                        done += "\n" + turn.text("roadmap.view.attachments", signOff.attachmentFileIds().size());
                    }
                    yield done;
                }
                if (step.owners().contains(StepOwner.ASSEMBLY)) {
                    yield turn.text("assembly2.roadmap.doneByVote", id, title, date(turn, completion.at()));
                }
                if (TRAINING_STEPS.contains(step.id())) {
                    yield turn.text("assembly2.roadmap.doneByTrainings", id, title, date(turn, completion.at()));
                }
                yield turn.text("roadmap.view.doneByBooks", id, title, date(turn, completion.at()));
            }
            case OPEN -> turn.text("roadmap.view.open", id, title, step.owners().stream()
                    .map(owner -> turn.text(owner.messageKey()))
                    .collect(Collectors.joining(turn.text("list.separator"))));
            case BLOCKED -> turn.text("roadmap.view.blocked", id, title, turn.text(status.blockedBy().orElseThrow()));
            case STRUCK_OUT -> turn.text("roadmap.view.struckOut", id, title,
                    step.remarkKey().map(key -> turn.text(key)).orElse(""));
            case BY_BOOKS -> turn.text("roadmap.view.byBooks", id, title);
        };
    }
}
