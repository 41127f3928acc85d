package khodyar.domain.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The group's rhythm of meetings (roadmap O5): every week, every other week or once a month on a
 * weekday, at a time and a place. Every other week counts from the first such weekday on or after
 * {@code from}; once a month is the first such weekday of each month.
 */
public record MeetingRhythm(Cadence cadence, DayOfWeek weekday, LocalTime time, String place, LocalDate from) {

    public enum Cadence {
        WEEKLY, BIWEEKLY, MONTHLY;

        public String messageKey() {
            return "meeting.rhythm." + name().toLowerCase(Locale.ROOT);
        }
    }

    public MeetingRhythm {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(weekday, "weekday");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(from, "from");
        place = place == null ? "" : place.strip();
    }

    /** The meeting times on the days from {@code first} to {@code last}, both included, in order. */
    public List<LocalDateTime> occurrences(LocalDate first, LocalDate last) {
        List<LocalDateTime> times = new ArrayList<>();
        LocalDate start = first.isBefore(from) ? from : first;
        LocalDate day = start.with(TemporalAdjusters.nextOrSame(weekday));
        LocalDate anchor = from.with(TemporalAdjusters.nextOrSame(weekday));
        while (!day.isAfter(last)) {
            if (falls(day, anchor)) {
                times.add(day.atTime(time));
            }
            day = day.plusWeeks(1);
        }
        return times;
    }

    private boolean falls(LocalDate day, LocalDate anchor) {
        return switch (cadence) {
            case WEEKLY -> true;
            case BIWEEKLY -> ChronoUnit.WEEKS.between(anchor, day) % 2 == 0;
            case MONTHLY -> day.getDayOfMonth() <= 7;
        };
    }
}
