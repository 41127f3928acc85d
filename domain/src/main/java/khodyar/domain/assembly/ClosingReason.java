package khodyar.domain.assembly;

public enum ClosingReason {
    /** The voters who are left could no longer change the outcome. */
    OUTCOME_CERTAIN("assembly.closed.outcomeCertain"),
    DEADLINE("assembly.closed.deadline");

    private final String messageKey;

    ClosingReason(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
