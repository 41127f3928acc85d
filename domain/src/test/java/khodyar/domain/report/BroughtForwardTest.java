package khodyar.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.Ledger;
import khodyar.domain.ledger.Posting;
import khodyar.domain.ledger.Transaction;
import khodyar.domain.ledger.TransactionDraft;
import khodyar.domain.ledger.TxCode;
import khodyar.domain.money.Money;
import khodyar.domain.text.JalaliMonth;
import org.junit.jupiter.api.Test;

class BroughtForwardTest {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final PersonId MINA = new PersonId(201);
    private static final PersonId TREASURER = new PersonId(101);

    @Test
    void aPeriodStartsFromTheFundBeforeItAndEndsWhereTheWholeBooksEnd() {
        // given: three years of monthly deposits, a loan paid out in the second and cash moved to the bank
        Ledger ledger = Ledger.empty(new GroupId("g"));
        LocalDate start = new JalaliMonth(1401, 1).firstDay();
        List<TransactionDraft> drafts = new ArrayList<>();
        for (int month = 0; month < 36; month++) {
            LocalDate day = start.plusMonths(month).plusDays(3);
            drafts.add(TransactionDraft.of(TxCode.SAVINGS_DEPOSIT, Posting.savingsDeposit(MINA, Money.ofToman(100_000)),
                    MINA, TREASURER, day.atStartOfDay(TEHRAN).plusHours(10).toInstant(), "d" + month, ""));
            if (month == 14) {
                drafts.add(TransactionDraft.of(TxCode.LOAN_DISBURSEMENT, Posting.loanDisbursement(MINA, "L1",
                        Money.ofToman(500_000)), TREASURER, TREASURER, day.atStartOfDay(TEHRAN).plusHours(11).toInstant(),
                        "l1", ""));
            }
            if (month == 30) {
                drafts.add(TransactionDraft.of(TxCode.CASH_TO_BANK, Posting.cashToBank(Money.ofToman(1_000_000)),
                        TREASURER, TREASURER, day.atStartOfDay(TEHRAN).plusHours(11).toInstant(), "b1", ""));
            }
        }
        for (TransactionDraft draft : drafts) {
            ledger = ledger.append(draft).orElseThrow().ledger();
        }
        LocalDate today = start.plusMonths(36).minusDays(1);
        JalaliMonth first = JalaliMonth.of(today).minusMonths(11);
        List<Transaction> period = ledger.transactions().stream()
                .filter(t -> !t.at().atZone(TEHRAN).toLocalDate().isBefore(first.firstDay())).toList();

        // when
        BroughtForward before = BroughtForward.before(ledger.fundTotals(), period);
        List<FundByMonth.MonthEnd> months = FundByMonth.of(period, TEHRAN, before, first, today);

        // then: what came before equals the earlier entries; the year's months end as the whole books' do
        List<FundByMonth.MonthEnd> whole = FundByMonth.of(ledger.transactions(), TEHRAN, new JalaliMonth(1401, 1), today);
        assertThat(first).isEqualTo(new JalaliMonth(1403, 1));
        assertThat(before).isEqualTo(new BroughtForward(24 * 1_000_000L, 5_000_000L, 24 * 1_000_000L - 5_000_000L, 0));
        assertThat(months).hasSize(12).isEqualTo(whole.subList(whole.size() - 12, whole.size()));
        assertThat(new JalaliMonth(1404, 2).minusMonths(13)).isEqualTo(new JalaliMonth(1403, 1));
    }
}
