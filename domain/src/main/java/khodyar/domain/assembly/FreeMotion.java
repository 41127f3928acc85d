package khodyar.domain.assembly;

/** Any other yes/no question; the decision is recorded and changes nothing by itself. */
public record FreeMotion(String text) implements ProposalPayload {

    public FreeMotion {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a motion without text");
        }
        text = text.strip();
    }

    @Override
    public ProposalKind kind() {
        return ProposalKind.FREE_MOTION;
    }
}
