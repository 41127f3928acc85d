package khodyar.domain.ledger;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import khodyar.domain.group.PersonId;
import khodyar.domain.money.Money;

/** A savings deposit that is in the books, dated by the day the member handed it over. */
public record PaidDeposit(PersonId member, Money amount, LocalDate paidOn) {

    public PaidDeposit {
        if (member == null || amount == null || paidOn == null) {
            throw new IllegalArgumentException("paid deposit needs a member, an amount and a date");
        }
    }

    /**
     * The deposits in effect in {@code ledger}: those not undone by a correction (itself in effect).
     * A deposit posted from a report is dated by the report, so a treasurer's delay in confirming
     * does not make the member late; otherwise by the transaction.
     */
    public static List<PaidDeposit> fromBooks(Ledger ledger, List<PendingEntry> postedReports, ZoneId zone) {
        return booked(ledger, postedReports, zone).stream().map(BookedDeposit::deposit).toList();
    }

    /** As {@link #fromBooks}, each with the seq of the entry that holds it. */
    public static List<BookedDeposit> booked(Ledger ledger, List<PendingEntry> postedReports, ZoneId zone) {
        Map<String, PendingEntry> reportsByKey = new HashMap<>();
        for (PendingEntry entry : postedReports) {
            reportsByKey.put(entry.reportKey(), entry);
        }
        Map<Long, Transaction> reversedBy = new HashMap<>();
        for (Transaction transaction : ledger.transactions()) {
            if (transaction.reverses() > 0) {
                reversedBy.put(transaction.reverses(), transaction);
            }
        }
        List<BookedDeposit> deposits = new ArrayList<>();
        for (Transaction transaction : ledger.transactions()) {
            if (transaction.code() != TxCode.SAVINGS_DEPOSIT || !inEffect(transaction, reversedBy)) {
                continue;
            }
            PendingEntry report = reportsByKey.get(transaction.idempotencyKey());
            LocalDate paidOn = (report != null ? report.reportedAt() : transaction.at()).atZone(zone).toLocalDate();
            deposits.addAll(BookedDeposit.of(transaction, paidOn));
        }
        return deposits;
    }

    private static boolean inEffect(Transaction transaction, Map<Long, Transaction> reversedBy) {
        boolean inEffect = true;
        Transaction reversal = reversedBy.get(transaction.seq());
        while (reversal != null) {
            inEffect = !inEffect;
            reversal = reversedBy.get(reversal.seq());
        }
        return inEffect;
    }
}
