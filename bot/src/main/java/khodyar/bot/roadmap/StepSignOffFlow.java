package khodyar.bot.roadmap;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import khodyar.bot.chat.ChatRouter;
import khodyar.bot.chat.Conversation;
import khodyar.bot.chat.Conversations;
import khodyar.bot.chat.Flow;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.Keyboard.ReplyButton;
import khodyar.domain.roadmap.Actor;
import khodyar.domain.roadmap.Roadmap;
import khodyar.domain.roadmap.StepId;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Signing off a step: an optional note (skippable), the sign-off, then for ten minutes any photo or
 * document the signer sends is kept as the step's evidence.
 */
@Component
public class StepSignOffFlow implements Flow {

    static final String NAME = "roadmapStep";
    static final String NOTE = "note";
    static final String EVIDENCE = "evidence";
    static final Duration EVIDENCE_WINDOW = Duration.ofMinutes(10);

    private final Roadmaps roadmaps;
    private final StageAnnouncer announcer;
    private final Conversations conversations;
    private final ChatRouter router;

    public StepSignOffFlow(Roadmaps roadmaps, StageAnnouncer announcer, Conversations conversations,
                           @Lazy ChatRouter router) {
        this.roadmaps = roadmaps;
        this.announcer = announcer;
        this.conversations = conversations;
        this.router = router;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Asks for the note of a sign-off chosen by its button. */
    void askNote(Turn turn, GroupDoc group, StepId step) {
        conversations.start(turn.in(), NAME, NOTE, Map.of("group", group.id(), "step", step.name()));
        turn.reply(Keyboard.reply(List.of(List.of(ReplyButton.of(turn.text("button.skip"))),
                        List.of(ReplyButton.of(turn.text("button.cancel"))))),
                "roadmap.sign.askNote", step.name(), turn.text(Roadmap.standard().step(step).titleKey()));
    }

    /** Records the sign-off, tells the group if its stage moved, and opens the evidence window. */
    void signOff(Turn turn, GroupDoc group, StepId step, String note) {
        Actor actor = RoadmapView.actorOf(turn);
        Instant now = turn.now();
        Roadmaps.Result result = roadmaps.act(group, now,
                (roadmap, facts) -> roadmap.signOff(step, actor, note, now, facts));
        announcer.announce(turn, group, result.events());
        if (result.refused()) {
            conversations.end(turn.in());
            turn.reply(router.menu().keyboardFor(turn), result.refusal().orElseThrow().reasonKey(),
                    result.refusal().orElseThrow().args().toArray());
            return;
        }
        conversations.start(turn.in(), NAME, EVIDENCE,
                Map.of("group", group.id(), "step", step.name(), "since", now.toString()));
        turn.reply(Keyboard.reply(List.of(List.of(ReplyButton.of(turn.text("roadmap.button.finish"))))),
                "roadmap.sign.done", step.name(), turn.text(Roadmap.standard().step(step).titleKey()),
                EVIDENCE_WINDOW.toMinutes());
    }

    @Override
    public void onInput(Turn turn, Conversation conversation) {
        Optional<GroupDoc> group = turn.group().filter(g -> g.id().equals(conversation.answer("group")));
        Optional<StepId> step = StepId.parse(conversation.answer("step"));
        if (group.isEmpty() || step.isEmpty()) {
            conversations.end(turn.in());
            turn.reply(router.menu().keyboardFor(turn), "roadmap.sign.groupChanged");
            return;
        }
        String text = turn.in().text() == null ? null : turn.in().text().strip();
        if (NOTE.equals(conversation.step())) {
            if (text == null || text.isEmpty()) {
                turn.reply("roadmap.sign.noteHelp");
                return;
            }
            signOff(turn, group.get(), step.get(), text.equals(turn.text("button.skip")) ? "" : text);
            return;
        }
        if (turn.in().fileId() == null) {
            conversations.end(turn.in());
            turn.reply(router.menu().keyboardFor(turn), "roadmap.evidence.closed", step.get().name());
            return;
        }
        Instant since = Instant.parse(conversation.answer("since"));
        if (turn.now().isAfter(since.plus(EVIDENCE_WINDOW))) {
            conversations.end(turn.in());
            turn.reply(router.menu().keyboardFor(turn), "roadmap.evidence.late", step.get().name());
            return;
        }
        Actor actor = RoadmapView.actorOf(turn);
        Roadmaps.Result result = roadmaps.act(group.get(), turn.now(),
                (roadmap, facts) -> roadmap.attachEvidence(step.get(), actor, turn.in().fileId(), turn.now()));
        announcer.announce(turn, group.get(), result.events());
        if (result.refused()) {
            turn.reply(result.refusal().orElseThrow());
            return;
        }
        turn.reply("roadmap.evidence.kept", step.get().name());
    }
}
