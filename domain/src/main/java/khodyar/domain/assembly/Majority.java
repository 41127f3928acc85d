package khodyar.domain.assembly;

/** How many of ALL members (not of the ballots cast) must vote for a motion for it to pass. */
public enum Majority {
    /** More than half of all members. */
    SIMPLE("assembly.majority.simple"),
    /** At least two thirds of all members. */
    TWO_THIRDS("assembly.majority.twoThirds");

    private final String messageKey;

    Majority(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean isReachedBy(int votesFor, int electorateSize) {
        return votesFor >= votesNeeded(electorateSize);
    }

    public int votesNeeded(int electorateSize) {
        return switch (this) {
            case SIMPLE -> electorateSize / 2 + 1;
            case TWO_THIRDS -> (2 * electorateSize + 2) / 3;
        };
    }
}
