package khodyar.domain.ledger;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import khodyar.domain.common.Outcome;
import khodyar.domain.common.Refusal;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;
import khodyar.domain.money.Money;

/**
 * Money a member reports having handed over, waiting for a treasurer to post it to the ledger or
 * void it (a two-phase entry). Posting appends a transaction whose idempotency key is the report's
 * key, so one report moves money at most once however many buttons are pressed.
 *
 * @param loanId               the loan a repayment is for; null for a deposit
 * @param memberWasTreasurer   whether the member was a treasurer when reporting: their entry then
 *                             goes to another board member
 * @param reportKey            idempotency key of the report (the Telegram update or callback id)
 */
public record PendingEntry(String id, GroupId groupId, Kind kind, PersonId member, boolean memberWasTreasurer,
                           String loanId, Money amount, Instant reportedAt, String reportKey, State state,
                           PersonId decidedBy, Instant decidedAt, String reason) {

    public enum Kind { DEPOSIT, REPAYMENT }

    public enum State { PENDING, POSTED, VOIDED }

    public PendingEntry {
        if (id == null || id.isBlank() || groupId == null || kind == null || member == null || amount == null
                || reportedAt == null || reportKey == null || reportKey.isBlank() || state == null) {
            throw new IllegalArgumentException("pending entry is missing a field");
        }
        if (amount.isZero()) {
            throw new IllegalArgumentException("a reported amount is positive");
        }
        if ((kind == Kind.REPAYMENT) != (loanId != null)) {
            throw new IllegalArgumentException("a repayment, and only a repayment, names its loan");
        }
        if ((state == State.PENDING) != (decidedBy == null && decidedAt == null)) {
            throw new IllegalArgumentException("a decided entry says who decided it and when");
        }
    }

    public static PendingEntry deposit(String id, GroupId groupId, PersonId member, Set<Role> memberRoles,
                                       Money amount, Instant reportedAt, String reportKey) {
        return new PendingEntry(id, groupId, Kind.DEPOSIT, member, memberRoles.contains(Role.TREASURER), null, amount,
                reportedAt, reportKey, State.PENDING, null, null, null);
    }

    public static PendingEntry repayment(String id, GroupId groupId, PersonId member, Set<Role> memberRoles,
                                         String loanId, Money amount, Instant reportedAt, String reportKey) {
        return new PendingEntry(id, groupId, Kind.REPAYMENT, member, memberRoles.contains(Role.TREASURER), loanId,
                amount, reportedAt, reportKey, State.PENDING, null, null, null);
    }

    /** PENDING to POSTED, by someone the four-eyes rules allow. */
    public Outcome<PendingEntry> post(PersonId confirmer, Set<Role> confirmerRoles, Instant at) {
        Optional<Refusal> refusal = mayDecide(confirmer, confirmerRoles);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        return Outcome.done(decided(State.POSTED, confirmer, at, null));
    }

    /** PENDING to VOIDED, by someone the four-eyes rules allow, with a reason the member will see. */
    public Outcome<PendingEntry> voidIt(PersonId decider, Set<Role> deciderRoles, String reason, Instant at) {
        Optional<Refusal> refusal = mayDecide(decider, deciderRoles);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        if (reason == null || reason.isBlank()) {
            return Outcome.refused("ledger.refused.reasonMissing");
        }
        return Outcome.done(decided(State.VOIDED, decider, at, reason.strip()));
    }

    /** The transaction a posted entry appends; asking for it before the entry is posted is a bug. */
    public TransactionDraft transactionDraft() {
        if (state != State.POSTED) {
            throw new IllegalStateException("entry " + id + " is " + state + ", not posted");
        }
        Posting posting = kind == Kind.DEPOSIT
                ? Posting.savingsDeposit(member, amount)
                : Posting.repayment(member, loanId, amount);
        TxCode code = kind == Kind.DEPOSIT ? TxCode.SAVINGS_DEPOSIT : TxCode.REPAYMENT;
        return TransactionDraft.of(code, posting, member, decidedBy, decidedAt, reportKey, "");
    }

    public boolean isPending() {
        return state == State.PENDING;
    }

    private Optional<Refusal> mayDecide(PersonId decider, Set<Role> deciderRoles) {
        if (state != State.PENDING) {
            return Optional.of(Refusal.of("ledger.refused.alreadyDecided"));
        }
        return ConfirmationPolicy.mayDecideEntry(new ConfirmationPolicy.Owner(member, memberWasTreasurer),
                new ConfirmationPolicy.Decider(decider, deciderRoles));
    }

    private PendingEntry decided(State next, PersonId decider, Instant at, String why) {
        if (at == null) {
            throw new IllegalArgumentException("a decision has a time");
        }
        return new PendingEntry(id, groupId, kind, member, memberWasTreasurer, loanId, amount, reportedAt, reportKey,
                next, decider, at, why);
    }
}
