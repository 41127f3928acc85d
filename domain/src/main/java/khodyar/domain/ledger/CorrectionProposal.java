package khodyar.domain.ledger;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import khodyar.domain.common.Outcome;
import khodyar.domain.common.Refusal;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;

/**
 * A treasurer's proposal to undo one transaction, with a reason. A second board member confirms
 * it, which appends the reversing transaction (code CORRECTION), or rejects it. Nothing is edited.
 *
 * @param proposalKey idempotency key of the proposal; the reversing transaction carries it, so a
 *                    proposal reverses at most once
 */
public record CorrectionProposal(String id, GroupId groupId, long correctedSeq, String reason, PersonId proposedBy,
                                 Instant proposedAt, String proposalKey, State state, PersonId decidedBy,
                                 Instant decidedAt) {

    public enum State { PROPOSED, CONFIRMED, REJECTED }

    /** A confirmed proposal and the ledger with its reversing transaction. */
    public record Confirmed(CorrectionProposal proposal, Appended appended) {
    }

    public CorrectionProposal {
        if (id == null || id.isBlank() || groupId == null || correctedSeq < 1 || reason == null || reason.isBlank()
                || proposedBy == null || proposedAt == null || proposalKey == null || proposalKey.isBlank()
                || state == null) {
            throw new IllegalArgumentException("correction proposal is missing a field");
        }
        if ((state == State.PROPOSED) != (decidedBy == null && decidedAt == null)) {
            throw new IllegalArgumentException("a decided proposal says who decided it and when");
        }
    }

    public static Outcome<CorrectionProposal> propose(String id, Ledger ledger, long correctedSeq, PersonId proposer,
                                                      Set<Role> proposerRoles, String reason, Instant at,
                                                      String proposalKey) {
        Optional<Refusal> refusal = ConfirmationPolicy.mayProposeCorrection(
                new ConfirmationPolicy.Decider(proposer, proposerRoles));
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        if (reason == null || reason.isBlank()) {
            return Outcome.refused("ledger.refused.reasonMissing");
        }
        Optional<Refusal> notCorrectable = correctable(ledger, correctedSeq);
        if (notCorrectable.isPresent()) {
            return Outcome.refused(notCorrectable.get());
        }
        return Outcome.done(new CorrectionProposal(id, ledger.groupId(), correctedSeq, reason.strip(), proposer, at,
                proposalKey, State.PROPOSED, null, null));
    }

    /** PROPOSED to CONFIRMED: appends the reversing transaction to {@code ledger}. */
    public Outcome<Confirmed> confirm(PersonId confirmer, Set<Role> confirmerRoles, Ledger ledger, Instant at) {
        if (!ledger.groupId().equals(groupId)) {
            throw new IllegalArgumentException("proposal of " + groupId + " confirmed against " + ledger.groupId());
        }
        Optional<Refusal> refusal = mayDecide(confirmer, confirmerRoles);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        Transaction corrected = ledger.bySeq(correctedSeq).orElseThrow(
                () -> new IllegalStateException("proposal names seq " + correctedSeq + " the ledger does not have"));
        TransactionDraft reversal = corrected.reversal(proposedBy, confirmer, at, proposalKey, reason);
        CorrectionProposal confirmed = decided(State.CONFIRMED, confirmer, at);
        return ledger.append(reversal).map(appended -> new Confirmed(confirmed, appended));
    }

    /** PROPOSED to REJECTED. */
    public Outcome<CorrectionProposal> reject(PersonId decider, Set<Role> deciderRoles, Instant at) {
        Optional<Refusal> refusal = mayDecide(decider, deciderRoles);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        return Outcome.done(decided(State.REJECTED, decider, at));
    }

    private static Optional<Refusal> correctable(Ledger ledger, long seq) {
        if (ledger.bySeq(seq).isEmpty()) {
            return Optional.of(Refusal.of("ledger.refused.noSuchTransaction", seq));
        }
        if (ledger.isReversed(seq)) {
            return Optional.of(Refusal.of("ledger.refused.alreadyReversed", seq));
        }
        return Optional.empty();
    }

    private Optional<Refusal> mayDecide(PersonId decider, Set<Role> deciderRoles) {
        if (state != State.PROPOSED) {
            return Optional.of(Refusal.of("ledger.refused.alreadyDecided"));
        }
        return ConfirmationPolicy.mayDecideCorrection(proposedBy, new ConfirmationPolicy.Decider(decider, deciderRoles));
    }

    private CorrectionProposal decided(State next, PersonId decider, Instant at) {
        if (at == null) {
            throw new IllegalArgumentException("a decision has a time");
        }
        return new CorrectionProposal(id, groupId, correctedSeq, reason, proposedBy, proposedAt, proposalKey, next,
                decider, at);
    }
}
