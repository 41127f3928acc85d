package khodyar.domain.assembly;

/**
 * The share of the electorate that must cast a ballot (abstentions count) for a vote to be valid.
 * Under the default simple majority of all members a motion cannot pass without more than half
 * taking part anyway; the quorum matters for elections, which are won by the most votes.
 */
public record Quorum(int percentOfMembers) {

    public static final Quorum HALF = new Quorum(50);

    public Quorum {
        if (percentOfMembers < 0 || percentOfMembers > 100) {
            throw new IllegalArgumentException("quorum is a percentage: " + percentOfMembers);
        }
    }

    public boolean isMetBy(int ballotsCast, int electorateSize) {
        return (long) ballotsCast * 100 >= (long) percentOfMembers * electorateSize;
    }
}
