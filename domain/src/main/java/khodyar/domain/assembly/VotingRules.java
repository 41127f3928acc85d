package khodyar.domain.assembly;

import java.time.Duration;
import java.util.Objects;

/**
 * How the group's general assembly decides. Until its constitution (O2) says otherwise, the
 * contract's defaults hold: a motion passes when more than half of all members vote for it, is
 * lost when that can no longer happen, and closes at the latest after seven days.
 */
public record VotingRules(Quorum quorum, Majority majority, Duration votingPeriod) {

    public static final Duration DEFAULT_VOTING_PERIOD = Duration.ofDays(7);

    public VotingRules {
        Objects.requireNonNull(quorum, "quorum");
        Objects.requireNonNull(majority, "majority");
        if (votingPeriod == null || votingPeriod.isNegative() || votingPeriod.isZero()) {
            throw new IllegalArgumentException("voting period must be positive: " + votingPeriod);
        }
    }

    public static VotingRules defaults() {
        return new VotingRules(Quorum.HALF, Majority.SIMPLE, DEFAULT_VOTING_PERIOD);
    }

    public VotingRules withQuorumAndMajority(Quorum newQuorum, Majority newMajority) {
        return new VotingRules(newQuorum, newMajority, votingPeriod);
    }
}
