package khodyar.bot.meeting;

import khodyar.bot.chat.ChatRouter;
import khodyar.bot.chat.Conversation;
import khodyar.bot.chat.Conversations;
import khodyar.bot.chat.Flow;
import khodyar.bot.chat.Turn;
import khodyar.domain.meeting.Meeting;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** The last question of the menu's new-meeting flow: where (typed), or no place. */
@Component
public class MeetingPlaceFlow implements Flow {

    static final String NAME = "meeting";
    static final String PLACE = "place";

    private final MeetingActions actions;
    private final Conversations conversations;
    private final ChatRouter router;

    public MeetingPlaceFlow(MeetingActions actions, Conversations conversations, @Lazy ChatRouter router) {
        this.actions = actions;
        this.conversations = conversations;
        this.router = router;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void onInput(Turn turn, Conversation conversation) {
        String text = turn.in().text() == null ? "" : turn.in().text().strip();
        if (text.isEmpty()) {
            turn.reply("meeting.askPlace");
            return;
        }
        if (text.length() > Meeting.LONGEST_PLACE) {
            turn.reply("meeting.refused.placeTooLong", Meeting.LONGEST_PLACE);
            return;
        }
        String place = text.equals(turn.text("meeting.button.noPlace")) ? "" : text;
        LocalDate day = LocalDate.ofEpochDay(Long.parseLong(conversation.answer("date")));
        conversations.end(turn.in());
        if (turn.group().isEmpty()) {
            turn.reply("access.noGroup");
            return;
        }
        actions.schedule(turn, day.atTime(MeetingKeyboards.parseHhmm(conversation.answer("time"))), place);
        turn.reply(router.menu().keyboardFor(turn), "meeting.menuBack");
    }
}
