package khodyar.domain.assembly;

/** The counts told to everyone. In an election, votesFor counts the votes for any candidate. */
public record Tally(int votesFor, int votesAgainst, int abstentions, int notVoted) {

    public Tally {
        if (votesFor < 0 || votesAgainst < 0 || abstentions < 0 || notVoted < 0) {
            throw new IllegalArgumentException("a negative count");
        }
    }

    static Tally of(Ballot ballot, int electorateSize) {
        int abstentions = ballot.count(MotionChoice.ABSTAIN);
        int against = ballot.count(MotionChoice.AGAINST);
        int cast = ballot.ballotsCast();
        return new Tally(cast - against - abstentions, against, abstentions, electorateSize - cast);
    }

    public int ballotsCast() {
        return votesFor + votesAgainst + abstentions;
    }
}
