package khodyar.bot.ledger.internal;

import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.CorrectionProposal;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A treasurer's proposal to reverse one transaction, as stored; decided by a findAndModify guarded on
 * {@code state = PROPOSED}. {@code appended} says whether the reversal is in the ledger yet.
 */
@Document("ledger_corrections")
public record CorrectionDoc(@Id String id, String groupId, long correctedSeq, String reason, long proposedBy,
                            Instant proposedAt, String proposalKey, CorrectionProposal.State state, Long decidedBy,
                            Instant decidedAt, List<PendingDoc.Notice> notices, boolean appended) {

    public CorrectionDoc {
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    public static CorrectionDoc of(CorrectionProposal proposal) {
        return new CorrectionDoc(proposal.id(), proposal.groupId().value(), proposal.correctedSeq(), proposal.reason(),
                proposal.proposedBy().value(), proposal.proposedAt(), proposal.proposalKey(), proposal.state(),
                proposal.decidedBy() == null ? null : proposal.decidedBy().value(), proposal.decidedAt(), List.of(),
                false);
    }

    public CorrectionProposal toProposal() {
        return new CorrectionProposal(id, new GroupId(groupId), correctedSeq, reason, new PersonId(proposedBy),
                proposedAt, proposalKey, state, decidedBy == null ? null : new PersonId(decidedBy), decidedAt);
    }
}
