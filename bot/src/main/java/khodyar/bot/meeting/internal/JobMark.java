package khodyar.bot.meeting.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** Up to when a scheduled job has done its work, so the next run picks up from there and loses nothing. */
@Document("jobMarks")
public record JobMark(@Id String job, Instant doneUntil) {
}
