package khodyar.bot.roadmap;

import java.util.Optional;

import khodyar.bot.chat.CallbackAction;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.domain.common.Refusal;
import khodyar.domain.roadmap.StepId;
import org.springframework.stereotype.Component;

/**
 * A sign-off button of {@code /roadmap} ({@code stp:<id>}): takes the buttons off the roadmap message
 * and asks for the note. Pressing it again only asks again; the sign-off itself is recorded once.
 */
@Component
public class SignOffButton implements CallbackAction {

    private final Roadmaps roadmaps;
    private final RoadmapView view;
    private final StepSignOffFlow flow;
    private final StageAnnouncer announcer;

    public SignOffButton(Roadmaps roadmaps, RoadmapView view, StepSignOffFlow flow, StageAnnouncer announcer) {
        this.roadmaps = roadmaps;
        this.view = view;
        this.flow = flow;
        this.announcer = announcer;
    }

    @Override
    public String prefix() {
        return RoadmapView.SIGN_PREFIX;
    }

    @Override
    public void onPress(Turn turn, String[] args) {
        Optional<StepId> step = args.length == 1 ? StepId.parse(args[0]) : Optional.empty();
        Optional<GroupDoc> group = turn.group();
        if (step.isEmpty() || group.isEmpty()) {
            turn.answerCallback(turn.text("callback.stale"));
            return;
        }
        Roadmaps.Result now = roadmaps.read(group.get(), turn.now());
        announcer.announce(turn, group.get(), now.events());
        Optional<Refusal> refusal = now.roadmap().refusalToSignOff(step.get(), RoadmapView.actorOf(turn), now.facts());
        turn.editPressedMessage(view.stage(turn, group.get(), now.roadmap(), now.facts()), null);
        if (refusal.isPresent()) {
            turn.answerCallback(turn.text(refusal.get()));
            turn.reply(refusal.get());
            return;
        }
        turn.answerCallback(null);
        flow.askNote(turn, group.get(), step.get());
    }
}
