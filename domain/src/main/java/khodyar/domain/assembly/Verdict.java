package khodyar.domain.assembly;

public enum Verdict {
    PASSED("assembly.outcome.passed"),
    REJECTED("assembly.outcome.rejected"),
    /** Every seat went to a candidate. */
    ELECTED("assembly.outcome.elected"),
    /** At least one seat is still empty (a tie, no quorum, or no votes): the assembly votes again. */
    REVOTE_NEEDED("assembly.outcome.revoteNeeded");

    private final String messageKey;

    Verdict(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
