package khodyar.domain.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import khodyar.domain.group.PersonId;

/**
 * A transaction before the ledger gives it its sequence number. The idempotency key is chosen
 * before the write is sent (the Telegram update or callback id, or the key of the report it posts),
 * so a retry can be recognised.
 *
 * @param confirmedBy who confirmed it; null only for entries the system makes by itself
 * @param reverses    the sequence number of the transaction this one corrects, or 0
 */
public record TransactionDraft(TxCode code, List<Posting> postings, PersonId reportedBy, PersonId confirmedBy,
                               Instant at, String idempotencyKey, String memo, long reverses) {

    public TransactionDraft {
        if (code == null || reportedBy == null || at == null) {
            throw new IllegalArgumentException("transaction needs a code, who reported it and when");
        }
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("transaction needs an idempotency key");
        }
        postings = List.copyOf(postings);
        if (postings.isEmpty()) {
            throw new IllegalArgumentException("transaction without postings");
        }
        for (Posting posting : postings) {
            if (!code.fits(posting)) {
                throw new IllegalArgumentException(code + " cannot move " + posting.debit().key()
                        + " <- " + posting.credit().key());
            }
        }
        if (reverses < 0 || (code == TxCode.CORRECTION) != (reverses > 0)) {
            throw new IllegalArgumentException("a CORRECTION, and only a correction, names the transaction it reverses");
        }
        memo = memo == null ? "" : memo;
    }

    /** A transaction of one posting that does not correct anything. */
    public static TransactionDraft of(TxCode code, Posting posting, PersonId reportedBy, PersonId confirmedBy,
                                      Instant at, String idempotencyKey, String memo) {
        return new TransactionDraft(code, List.of(posting), reportedBy, confirmedBy, at, idempotencyKey, memo, 0);
    }

    /**
     * Whether a retry carrying this draft asks for the same thing as {@code other}. The time is left
     * out: a retry of the same update is handled later than the first attempt.
     */
    public boolean sameContentAs(TransactionDraft other) {
        return code == other.code
                && postings.equals(other.postings)
                && reportedBy.equals(other.reportedBy)
                && Objects.equals(confirmedBy, other.confirmedBy)
                && idempotencyKey.equals(other.idempotencyKey)
                && memo.equals(other.memo)
                && reverses == other.reverses;
    }
}
