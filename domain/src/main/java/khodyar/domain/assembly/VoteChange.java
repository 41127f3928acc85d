package khodyar.domain.assembly;

import java.util.List;

/**
 * The proposal after a vote and what happened: nothing for a repeated identical vote, a VoteCast,
 * and a ProposalDecided when that vote made the outcome certain.
 */
public record VoteChange(Proposal proposal, List<AssemblyEvent> events) {

    public VoteChange {
        events = List.copyOf(events);
    }

    public boolean changedAnything() {
        return !events.isEmpty();
    }
}
