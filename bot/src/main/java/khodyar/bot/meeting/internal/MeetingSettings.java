package khodyar.bot.meeting.internal;

import khodyar.domain.meeting.MeetingRhythm;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A group's meeting rhythm (O5) and the hours before a meeting its reminders go out. */
@Document("meetingSettings")
public record MeetingSettings(@Id String groupId, MeetingRhythm.Cadence cadence, DayOfWeek weekday, String time,
                              String place, String from, List<Long> reminderHours) {

    public boolean hasRhythm() {
        return cadence != null;
    }

    public MeetingRhythm rhythm() {
        return new MeetingRhythm(cadence, weekday, LocalTime.parse(time), place, LocalDate.parse(from));
    }
}
