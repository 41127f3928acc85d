package khodyar.bot.telegram.outbound;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One Bot API call waiting in the outbound queue. Its id is chosen before it is stored (the update
 * that caused it and its place among that update's replies), so handling an update again after a
 * crash cannot queue the same message twice. (One sent just before a crash may still be sent again:
 * see {@link OutboundQueue}.)
 */
@Document("outbox")
public record OutMessage(
        @Id String id,
        long chatId,
        Kind kind,
        Priority priority,
        String text,
        Keyboard keyboard,
        Integer messageId,
        String callbackQueryId,
        String fileName,
        byte[] fileBytes,
        Instant createdAt,
        Instant notBefore,
        int attempts,
        State state,
        Integer sentMessageId) {

    public enum Kind { SEND_TEXT, EDIT_TEXT, EDIT_KEYBOARD, ANSWER_CALLBACK, SEND_DOCUMENT, SEND_PHOTO }

    /** Interactive replies go before broadcasts (reminders, notices to many). */
    public enum Priority { INTERACTIVE, BROADCAST }

    public enum State { PENDING, SENT, FAILED }

    /** Callback answers are not chat messages: they are not counted against the chat's limits. */
    public boolean countsAgainstLimits() {
        return kind != Kind.ANSWER_CALLBACK;
    }

    OutMessage retryAt(Instant when) {
        return new OutMessage(id, chatId, kind, priority, text, keyboard, messageId, callbackQueryId, fileName,
                fileBytes, createdAt, when, attempts + 1, State.PENDING, sentMessageId);
    }
}
