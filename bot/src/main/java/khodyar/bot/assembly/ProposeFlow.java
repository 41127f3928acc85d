package khodyar.bot.assembly;

import khodyar.bot.chat.Conversation;
import khodyar.bot.chat.Conversations;
import khodyar.bot.chat.Flow;
import khodyar.bot.chat.Menu;
import khodyar.bot.chat.Turn;
import khodyar.domain.assembly.FreeMotion;
import org.springframework.stereotype.Component;

/** The menu's propose flow: after choosing rate or motion, the percent or the motion's text is typed. */
@Component
public class ProposeFlow implements Flow {

    static final String NAME = "propose";
    /** A motion is one clear question; longer text belongs in a meeting. */
    static final int LONGEST_MOTION = 500;

    private final Proposing proposing;
    private final Conversations conversations;

    public ProposeFlow(Proposing proposing, Conversations conversations) {
        this.proposing = proposing;
        this.conversations = conversations;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void onInput(Turn turn, Conversation conversation) {
        if (!proposing.mayPropose(turn)) {
            conversations.end(turn.in());
            return;
        }
        String typed = turn.in().text() == null ? "" : turn.in().text().strip();
        String key = "u" + turn.in().updateId();
        boolean opened;
        if ("rate".equals(conversation.step())) {
            opened = proposing.openRate(turn, typed, key);
        } else if (typed.isEmpty() || typed.length() > LONGEST_MOTION) {
            turn.reply(Menu.cancelOnly(turn), "assemblychat.propose.motionLength", LONGEST_MOTION);
            return;
        } else {
            opened = proposing.open(turn, new FreeMotion(typed), key);
        }
        if (opened) {
            conversations.end(turn.in());
        }
    }
}
