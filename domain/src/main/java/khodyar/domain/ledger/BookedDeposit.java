package khodyar.domain.ledger;

import java.time.LocalDate;
import java.util.List;

/** A paid deposit together with the ledger entry that holds it, so a later correction can find it. */
public record BookedDeposit(long seq, PaidDeposit deposit) {

    public BookedDeposit {
        if (seq < 1 || deposit == null) {
            throw new IllegalArgumentException("a booked deposit names its entry (from seq 1) and the deposit");
        }
    }

    /** The deposits one SAVINGS_DEPOSIT entry holds, one per posting, dated {@code paidOn}. */
    public static List<BookedDeposit> of(Transaction transaction, LocalDate paidOn) {
        if (transaction.code() != TxCode.SAVINGS_DEPOSIT) {
            throw new IllegalArgumentException("entry " + transaction.seq() + " is " + transaction.code() + ", not a deposit");
        }
        return transaction.postings().stream()
                .map(posting -> new BookedDeposit(transaction.seq(), new PaidDeposit(
                        ((Account.MemberSavings) posting.credit()).member(), posting.amount(), paidOn)))
                .toList();
    }
}
