package khodyar.bot.roadmap;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.Permission;
import khodyar.domain.roadmap.Actor;
import khodyar.domain.roadmap.Stage;
import khodyar.domain.roadmap.StepId;
import khodyar.domain.text.PersianInput;
import org.springframework.stereotype.Component;

/**
 * {@code /reopen <step id> <reason>} or {@code /reopen stage <n> <reason>}: the facilitator takes a
 * step, or the group, back to be done again; the reason is logged with who and when.
 */
@Component
public class ReopenCommand implements Command {

    private final Roadmaps roadmaps;
    private final RoadmapView view;

    public ReopenCommand(Roadmaps roadmaps, RoadmapView view) {
        this.roadmaps = roadmaps;
        this.view = view;
    }

    @Override
    public List<String> names() {
        return List.of("reopen");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.VIEW_ROADMAP);
    }

    @Override
    public void run(Turn turn, String args) {
        String[] parts = args.strip().split("\\s+", 2);
        if (parts[0].isEmpty()) {
            turn.reply("roadmap.reopen.usage");
            return;
        }
        GroupDoc group = turn.group().orElseThrow();
        Actor actor = RoadmapView.actorOf(turn);
        String first = parts[0].toLowerCase(Locale.ROOT);
        if (first.equals("stage") || first.equals(turn.text("roadmap.word.stage"))) {
            String[] rest = parts.length > 1 ? parts[1].split("\\s+", 2) : new String[] {""};
            Outcome<Long> number = PersianInput.parseWholeNumber(rest[0]);
            if (!(number instanceof Outcome.Done<Long> done) || done.value() < 1 || done.value() > Stage.values().length) {
                turn.reply("roadmap.reopen.badStage", Stage.values().length);
                return;
            }
            Stage stage = Stage.ofNumber(done.value().intValue());
            String reason = rest.length > 1 ? rest[1] : "";
            report(turn, group, roadmaps.act(group, turn.now(),
                    (roadmap, facts) -> roadmap.reopenStage(stage, actor, reason, turn.now())));
            return;
        }
        Optional<StepId> step = StepCommand.readStepId(parts[0]);
        if (step.isEmpty()) {
            turn.reply("roadmap.stepCommand.unknown", parts[0]);
            return;
        }
        String reason = parts.length > 1 ? parts[1] : "";
        report(turn, group, roadmaps.act(group, turn.now(),
                (roadmap, facts) -> roadmap.reopenStep(step.get(), actor, reason, turn.now())));
    }

    private void report(Turn turn, GroupDoc group, Roadmaps.Result result) {
        if (result.refused()) {
            turn.reply(result.refusal().orElseThrow());
            return;
        }
        StringBuilder text = new StringBuilder();
        result.events().forEach(event -> text.append(text.isEmpty() ? "" : "\n").append(view.eventText(turn, group, event)));
        turn.replyText(text.toString(), null);
    }
}
