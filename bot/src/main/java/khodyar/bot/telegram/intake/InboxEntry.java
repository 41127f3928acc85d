package khodyar.bot.telegram.intake;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** An update as it arrived, kept under its {@code update_id} before the offset moves past it. */
@Document("inbox")
public record InboxEntry(@Id long updateId, long chatId, String json, State state, Instant receivedAt) {

    public enum State { NEW, DONE }
}
