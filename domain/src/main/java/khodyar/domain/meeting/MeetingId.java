package khodyar.domain.meeting;

/** A meeting, by an id chosen before it is stored (from the update or the rhythm's date). */
public record MeetingId(String value) {
    public MeetingId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("meeting id is empty");
        }
    }
}
