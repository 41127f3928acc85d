package khodyar.domain.assembly;

import java.time.Instant;
import java.util.Optional;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;

/** What happened in the general assembly, to be stored and told. */
public sealed interface AssemblyEvent {

    ProposalId proposalId();

    record ProposalOpened(ProposalId proposalId, GroupId groupId, ProposalKind kind, PersonId proposer,
                          Secrecy secrecy, int electorateSize, Instant openedAt, Instant deadline)
            implements AssemblyEvent {
    }

    /**
     * A vote was cast or changed. In a secret ballot the choice is empty: the event says that the
     * member voted, never how.
     */
    record VoteCast(ProposalId proposalId, PersonId voter, Optional<Choice> choice, boolean replacedEarlierVote,
                    Instant at) implements AssemblyEvent {
    }

    record ProposalDecided(ProposalId proposalId, GroupId groupId, ProposalKind kind, Decision decision)
            implements AssemblyEvent {
    }
}
