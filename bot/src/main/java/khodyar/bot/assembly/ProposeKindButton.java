package khodyar.bot.assembly;

import khodyar.bot.chat.CallbackAction;
import khodyar.bot.chat.Conversations;
import khodyar.bot.chat.Menu;
import khodyar.bot.chat.Turn;
import khodyar.domain.group.Role;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;

/** {@code pk:<kind>}: the kind chosen from the propose menu; rate and motion are then typed, seats get candidates. */
@Component
public class ProposeKindButton implements CallbackAction {

    static final String PREFIX = "pk";

    private final Proposing proposing;
    private final Conversations conversations;
    private final CandidatePicker picker;
    private final TermsFlow terms;

    public ProposeKindButton(Proposing proposing, Conversations conversations, CandidatePicker picker,
                             TermsFlow terms) {
        this.proposing = proposing;
        this.conversations = conversations;
        this.picker = picker;
        this.terms = terms;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public void onPress(Turn turn, String[] args) {
        if (!proposing.mayPropose(turn)) {
            return;
        }
        String kind = args.length == 1 ? args[0] : "";
        switch (kind) {
            case "rate", "motion" -> {
                turn.answerCallback(null);
                conversations.start(turn.in(), ProposeFlow.NAME, kind, Map.of());
                turn.reply(Menu.cancelOnly(turn), "rate".equals(kind)
                        ? "assemblychat.propose.askRate" : "assemblychat.propose.askMotion");
            }
            case "chair", "secretary", "treasurer" -> {
                turn.answerCallback(null);
                picker.show(turn, Role.valueOf(kind.toUpperCase(Locale.ROOT)));
            }
            case TermsFlow.SAVINGS, TermsFlow.CONSTITUTION -> {
                turn.answerCallback(null);
                terms.start(turn, kind);
            }
            default -> turn.answerCallback(turn.text("callback.stale"));
        }
    }
}
