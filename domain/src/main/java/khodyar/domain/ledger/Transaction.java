package khodyar.domain.ledger;

import java.time.Instant;
import java.util.List;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;

/**
 * An entry of a group's append-only ledger. It is never edited: a mistake is undone by a new
 * transaction with code CORRECTION whose {@code reverses} names this one's {@code seq}.
 *
 * @param seq         gapless from 1 within the group
 * @param confirmedBy null only for entries the system makes by itself
 * @param reverses    the seq of the transaction this one corrects, or 0
 */
public record Transaction(GroupId groupId, long seq, TxCode code, List<Posting> postings, PersonId reportedBy,
                          PersonId confirmedBy, Instant at, String idempotencyKey, String memo, long reverses) {

    public Transaction {
        if (groupId == null || seq < 1) {
            throw new IllegalArgumentException("transaction needs its group and a seq from 1");
        }
        // the draft's checks are the transaction's invariants too
        TransactionDraft checked = new TransactionDraft(code, postings, reportedBy, confirmedBy, at,
                idempotencyKey, memo, reverses);
        postings = checked.postings();
        memo = checked.memo();
        if (reverses >= seq) {
            throw new IllegalArgumentException("a transaction can only reverse an earlier one");
        }
    }

    static Transaction numbered(GroupId groupId, long seq, TransactionDraft draft) {
        return new Transaction(groupId, seq, draft.code(), draft.postings(), draft.reportedBy(), draft.confirmedBy(),
                draft.at(), draft.idempotencyKey(), draft.memo(), draft.reverses());
    }

    /** What was asked for, without the number the ledger gave it. */
    public TransactionDraft draft() {
        return new TransactionDraft(code, postings, reportedBy, confirmedBy, at, idempotencyKey, memo, reverses);
    }

    /**
     * The entry that undoes this one: the same postings with debit and credit swapped, code
     * CORRECTION, proposed by one board member and confirmed by another.
     */
    public TransactionDraft reversal(PersonId proposedBy, PersonId confirmedBy, Instant at, String idempotencyKey,
                                     String reason) {
        List<Posting> swapped = postings.stream().map(Posting::swapped).toList();
        return new TransactionDraft(TxCode.CORRECTION, swapped, proposedBy, confirmedBy, at, idempotencyKey, reason,
                seq);
    }

    /** Whether this transaction moves money in or out of one of the person's own accounts. */
    public boolean touches(PersonId person) {
        return postings.stream().anyMatch(p -> belongsTo(p.debit(), person) || belongsTo(p.credit(), person));
    }

    private static boolean belongsTo(Account account, PersonId person) {
        return (account instanceof Account.MemberSavings savings && savings.member().equals(person))
                || (account instanceof Account.MemberLoan loan && loan.member().equals(person));
    }
}
