package khodyar.domain.meeting;

import java.util.Locale;

/** What a meeting is for. Users see it by its message key. */
public enum MeetingKind {
    REGULAR,
    TRAINING,
    BUSINESS_DEVELOPMENT,
    CREDIT_ASSESSMENT,
    ASSEMBLY,
    KANOON;

    public String messageKey() {
        return "meeting.kind." + name().toLowerCase(Locale.ROOT);
    }

    /** Kinds whose sessions teach something and so record a training subject. */
    public boolean teaches() {
        return this == TRAINING || this == BUSINESS_DEVELOPMENT;
    }
}
