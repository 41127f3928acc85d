package khodyar.bot.meeting.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.Set;

/** Who has been marked present so far on a meeting's attendance buttons, before "done" records it. */
@Document("attendanceSheets")
public record AttendanceSheet(@Id String meetingId, Set<Long> present) {

    public AttendanceSheet {
        present = present == null ? Set.of() : Set.copyOf(present);
    }
}
