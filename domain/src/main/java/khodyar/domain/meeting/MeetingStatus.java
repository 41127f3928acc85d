package khodyar.domain.meeting;

import java.util.Locale;

/** Where a meeting stands. Scheduled and moved meetings are still to come; the others are closed. */
public enum MeetingStatus {
    SCHEDULED,
    MOVED,
    CANCELLED,
    HELD;

    public String messageKey() {
        return "meeting.status." + name().toLowerCase(Locale.ROOT);
    }

    public boolean isUpcoming() {
        return this == SCHEDULED || this == MOVED;
    }
}
