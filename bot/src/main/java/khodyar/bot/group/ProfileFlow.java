package khodyar.bot.group;

import khodyar.bot.chat.ChatRouter;
import khodyar.bot.chat.Conversation;
import khodyar.bot.chat.Conversations;
import khodyar.bot.chat.Flow;
import khodyar.bot.chat.Turn;
import khodyar.bot.people.People;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.Keyboard.ReplyButton;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The questions after joining, each skippable: the phone number (by the contact button, so it is the
 * person's own) and whether the person is an aid recipient.
 */
@Component
public class ProfileFlow implements Flow {

    static final String NAME = "profile";
    static final String PHONE = "phone";
    static final String AID = "aid";

    private final Groups groups;
    private final People people;
    private final Conversations conversations;
    private final ChatRouter router;

    public ProfileFlow(Groups groups, People people, Conversations conversations, @Lazy ChatRouter router) {
        this.groups = groups;
        this.people = people;
        this.conversations = conversations;
        this.router = router;
    }

    @Override
    public String name() {
        return NAME;
    }

    void askPhone(Turn turn) {
        turn.reply(Keyboard.reply(List.of(
                List.of(new ReplyButton(turn.text("profile.button.sharePhone"), true)),
                List.of(ReplyButton.of(turn.text("button.skip"))))), "profile.askPhone");
    }

    private void askAid(Turn turn) {
        turn.reply(Keyboard.reply(List.of(
                List.of(ReplyButton.of(turn.text("button.yes")), ReplyButton.of(turn.text("button.no"))),
                List.of(ReplyButton.of(turn.text("button.skip"))))), "profile.askAid");
    }

    @Override
    public void onInput(Turn turn, Conversation conversation) {
        String groupId = conversation.answer("group");
        String text = turn.in().text() == null ? "" : turn.in().text().strip();
        if (PHONE.equals(conversation.step())) {
            if (turn.in().hasContact()) {
                if (turn.in().contactUserId() == null || turn.in().contactUserId() != turn.userId()) {
                    turn.reply("profile.notOwnContact");
                    return;
                }
                groups.setProfile(groupId, turn.userId(), "phone", turn.in().contactPhone());
                people.setPhone(turn.userId(), turn.in().contactPhone());
            } else if (!text.equals(turn.text("button.skip"))) {
                turn.reply("profile.phoneHelp");
                return;
            }
            conversations.save(conversation.next(AID, null, null, turn.now()));
            askAid(turn);
            return;
        }
        Boolean aidRecipient;
        if (text.equals(turn.text("button.yes"))) {
            aidRecipient = true;
        } else if (text.equals(turn.text("button.no"))) {
            aidRecipient = false;
        } else if (text.equals(turn.text("button.skip"))) {
            aidRecipient = null;
        } else {
            turn.reply("profile.aidHelp");
            return;
        }
        if (aidRecipient != null) {
            groups.setProfile(groupId, turn.userId(), "aidRecipient", aidRecipient);
        }
        conversations.end(turn.in());
        turn.reply(router.menu().keyboardFor(turn), "profile.done");
    }
}
