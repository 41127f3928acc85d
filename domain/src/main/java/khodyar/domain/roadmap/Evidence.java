package khodyar.domain.roadmap;

/** What a step's completion records, so that the parent organisation can check it. */
public enum Evidence {
    DATE,
    WHO,
    NOTE,
    /** A photo or document sent in the chat right after the sign-off. */
    ATTACHMENT,
    /** Who was present: meetings, trainings and assembly decisions. */
    ATTENDANCE;

    public String messageKey() {
        return "roadmap.evidence." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
