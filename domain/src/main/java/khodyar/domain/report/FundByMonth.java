package khodyar.domain.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collector;
import khodyar.domain.ledger.Account;
import khodyar.domain.ledger.Posting;
import khodyar.domain.ledger.Transaction;
import khodyar.domain.text.JalaliMonth;

/**
 * The group fund month by month, for the report's chart: at the end of each Jalali month, the
 * members' savings, what members still owe on loans, and the money held (cash and bank).
 *
 * <p>It is a collector, so it reads the ledger in the same single pass as whatever else needs every
 * transaction (the report's ledger sheet). It keeps one row of net changes per month, so its memory
 * grows with the group's age in months, not with its number of transactions; the order of the
 * transactions does not matter.
 */
public final class FundByMonth {

    /**
     * The fund at the end of a month (or on the report's day, for the month not yet over). Each
     * figure is in rials on its accounts' normal side, as in {@link khodyar.domain.ledger.FundTotals}:
     * negative only when the books need a correction.
     */
    public record MonthEnd(JalaliMonth month, long memberSavingsRials, long loansOutstandingRials,
                           long cashAndBankRials) {
        public MonthEnd {
            Objects.requireNonNull(month, "month");
        }
    }

    private FundByMonth() {
    }

    /**
     * Every month from {@code from} (the group's first month) through the month of {@code until},
     * each carrying the figures of the month before when nothing moved in it. An entry dated
     * before {@code from} starts the series earlier; one dated after {@code until} is left out.
     *
     * @param zone the group's time zone: it decides which day, and so which month, a moment falls in
     */
    public static Collector<Transaction, ?, List<MonthEnd>> collector(ZoneId zone, JalaliMonth from, LocalDate until) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        return Collector.of(() -> new Changes(zone), Changes::add, Changes::merge,
                changes -> changes.monthEnds(from, JalaliMonth.of(until)));
    }

    /** The net change of each figure per month; the last day looked up is kept, as entries come day by day. */
    private static final class Changes {
        private static final int SAVINGS = 0;
        private static final int LOANS = 1;
        private static final int HELD = 2;

        private final ZoneId zone;
        private final TreeMap<JalaliMonth, long[]> byMonth = new TreeMap<>();
        private LocalDate lastDay;
        private JalaliMonth lastMonth;

        Changes(ZoneId zone) {
            this.zone = zone;
        }

        void add(Transaction transaction) {
            long[] change = byMonth.computeIfAbsent(monthOf(transaction.at().atZone(zone).toLocalDate()),
                    month -> new long[3]);
            for (Posting posting : transaction.postings()) {
                long rials = posting.amount().rials();
                move(change, posting.debit(), Account.Side.DEBIT, rials);
                move(change, posting.credit(), Account.Side.CREDIT, rials);
            }
        }

        Changes merge(Changes other) {
            other.byMonth.forEach((month, change) -> {
                long[] mine = byMonth.computeIfAbsent(month, m -> new long[3]);
                for (int figure = 0; figure < mine.length; figure++) {
                    mine[figure] = Math.addExact(mine[figure], change[figure]);
                }
            });
            return this;
        }

        List<MonthEnd> monthEnds(JalaliMonth from, JalaliMonth last) {
            return monthEnds(from, last, BroughtForward.NOTHING);
        }

        List<MonthEnd> monthEnds(JalaliMonth from, JalaliMonth last, BroughtForward opening) {
            JalaliMonth first = byMonth.isEmpty() || from.compareTo(byMonth.firstKey()) <= 0 ? from : byMonth.firstKey();
            List<MonthEnd> ends = new ArrayList<>();
            long[] running = {opening.memberSavingsRials(), opening.loansOutstandingRials(), opening.cashAndBankRials()};
            for (JalaliMonth month = first; month.compareTo(last) <= 0; month = month.next()) {
                long[] change = byMonth.get(month);
                if (change != null) {
                    for (int figure = 0; figure < running.length; figure++) {
                        running[figure] = Math.addExact(running[figure], change[figure]);
                    }
                }
                ends.add(new MonthEnd(month, running[SAVINGS], running[LOANS], running[HELD]));
            }
            return List.copyOf(ends);
        }

        private JalaliMonth monthOf(LocalDate day) {
            if (!day.equals(lastDay)) {
                lastMonth = JalaliMonth.of(day);
                lastDay = day;
            }
            return lastMonth;
        }

        /** Adds the posting's effect on its account's balance, on the normal side, to the account's figure. */
        private static void move(long[] change, Account account, Account.Side side, long rials) {
            int figure = figureOf(account);
            if (figure < 0) {
                return;
            }
            long signed = side == account.normalSide() ? rials : Math.negateExact(rials);
            change[figure] = Math.addExact(change[figure], signed);
        }

        /** Which figure an account counts in; income, grants and bank loans are not drawn. */
        private static int figureOf(Account account) {
            if (account instanceof Account.MemberSavings) {
                return SAVINGS;
            }
            if (account instanceof Account.MemberLoan) {
                return LOANS;
            }
            if (account instanceof Account.Cash || account instanceof Account.Bank) {
                return HELD;
            }
            return -1;
        }
    }

    /**
     * The months of a period, from {@code from} through the month of {@code until}, starting from the fund
     * {@code broughtForward} from before it; {@code period} holds the period's entries only.
     */
    public static List<MonthEnd> of(Iterable<Transaction> period, ZoneId zone, BroughtForward broughtForward,
                                    JalaliMonth from, LocalDate until) {
        Objects.requireNonNull(broughtForward, "broughtForward");
        Changes changes = new Changes(zone);
        period.forEach(changes::add);
        return changes.monthEnds(from, JalaliMonth.of(until), broughtForward);
    }

    /** For tests and callers that hold the ledger already. */
    public static List<MonthEnd> of(Iterable<Transaction> ledger, ZoneId zone, JalaliMonth from, LocalDate until) {
        Changes changes = new Changes(zone);
        ledger.forEach(changes::add);
        return changes.monthEnds(from, JalaliMonth.of(until));
    }
}
