package khodyar.domain.assembly;

import java.util.List;
import java.util.Map;
import java.util.Set;
import khodyar.domain.group.PersonId;

/**
 * The votes cast on one proposal. An open ballot keeps each voter's choice; a secret ballot keeps
 * only who has voted and the counts per option, so nothing it holds ties a choice to a member.
 */
public sealed interface Ballot permits OpenBallot, SecretBallot {

    static Ballot empty(Secrecy secrecy, List<Choice> options) {
        return switch (secrecy) {
            case OPEN -> OpenBallot.empty(options);
            case SECRET -> SecretBallot.empty(options);
        };
    }

    Set<PersonId> voters();

    /** Votes per option, in the proposal's order of options, zero counts included. */
    Map<Choice, Integer> counts();

    boolean hasVoted(PersonId voter);

    /** A new ballot with this vote in it; a repeated vote in a secret ballot is a bug (policies refuse it). */
    Ballot with(PersonId voter, Choice choice);

    default int count(Choice choice) {
        return counts().getOrDefault(choice, 0);
    }

    default int ballotsCast() {
        return voters().size();
    }
}
