package khodyar.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.FundTotals;
import khodyar.domain.ledger.Ledger;
import khodyar.domain.ledger.Posting;
import khodyar.domain.ledger.Transaction;
import khodyar.domain.ledger.TransactionDraft;
import khodyar.domain.ledger.TxCode;
import khodyar.domain.money.Money;
import khodyar.domain.report.FundByMonth.MonthEnd;
import khodyar.domain.text.JalaliMonth;
import org.junit.jupiter.api.Test;

class FundByMonthTest {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final GroupId GOLESTAN = new GroupId("g-golestan");
    private static final PersonId TREASURER = new PersonId(101);
    private static final PersonId MINA = new PersonId(201);
    private static final PersonId REZA = new PersonId(202);

    private static final JalaliMonth FARVARDIN_1404 = new JalaliMonth(1404, 1);
    private static final JalaliMonth ORDIBEHESHT_1404 = new JalaliMonth(1404, 2);
    private static final JalaliMonth KHORDAD_1404 = new JalaliMonth(1404, 3);
    private static final JalaliMonth TIR_1404 = new JalaliMonth(1404, 4);

    /** 1404/01/10 and so on, at ten in the morning in Tehran. */
    private static Instant day(int month, int day) {
        LocalDate date = new JalaliMonth(1404, month).firstDay().plusDays(day - 1);
        return date.atTime(10, 0).atZone(TEHRAN).toInstant();
    }

    private Ledger books = Ledger.empty(GOLESTAN);

    @Test
    void eachMonthEndsWithTheSavingsTheLoansOutAndTheMoneyHeld() {
        // given: deposits in Farvardin, a loan to Mina in Ordibehesht, her first repayment in Khordad
        deposit(MINA, 500_000, day(1, 5));
        deposit(REZA, 300_000, day(1, 20));
        deposit(MINA, 500_000, day(2, 3));
        post(TxCode.LOAN_DISBURSEMENT, Posting.loanDisbursement(MINA, "l1", Money.ofToman(1_000_000)), day(2, 15));
        post(TxCode.REPAYMENT, Posting.repayment(MINA, "l1", Money.ofToman(250_000)), day(3, 15));

        // when
        List<MonthEnd> months = FundByMonth.of(books.transactions(), TEHRAN, FARVARDIN_1404, day(3, 28)
                .atZone(TEHRAN).toLocalDate());

        // then
        assertThat(months).containsExactly(
                monthEnd(FARVARDIN_1404, 800_000, 0, 800_000),
                monthEnd(ORDIBEHESHT_1404, 1_300_000, 1_000_000, 300_000),
                monthEnd(KHORDAD_1404, 1_300_000, 750_000, 550_000));
    }

    @Test
    void aQuietMonthCarriesTheFiguresOfTheMonthBefore() {
        // given: one deposit in Farvardin, nothing since
        deposit(MINA, 200_000, day(1, 2));

        // when: the report is made in Tir
        List<MonthEnd> months = FundByMonth.of(books.transactions(), TEHRAN, FARVARDIN_1404,
                TIR_1404.firstDay().plusDays(4));

        // then
        assertThat(months).extracting(MonthEnd::month)
                .containsExactly(FARVARDIN_1404, ORDIBEHESHT_1404, KHORDAD_1404, TIR_1404);
        assertThat(months).extracting(MonthEnd::memberSavingsRials).containsOnly(2_000_000L);
    }

    @Test
    void aGroupWithoutEntriesShowsItsMonthsAtZero() {
        List<MonthEnd> months = FundByMonth.of(List.of(), TEHRAN, FARVARDIN_1404, ORDIBEHESHT_1404.lastDay());

        assertThat(months).containsExactly(monthEnd(FARVARDIN_1404, 0, 0, 0), monthEnd(ORDIBEHESHT_1404, 0, 0, 0));
    }

    @Test
    void aDepositLateOnTheLastEveningOfEsfandCountsInEsfandInTehran() {
        // given: 1403/12/30 is 2025-03-20; 23:00 in Tehran is 19:30 UTC the same day
        Instant lastEveningOfTheYear = Instant.parse("2025-03-20T19:30:00Z");
        Instant justAfterNowruz = Instant.parse("2025-03-20T20:31:00Z");
        deposit(MINA, 100_000, lastEveningOfTheYear);
        deposit(REZA, 100_000, justAfterNowruz);

        // when
        List<MonthEnd> months = FundByMonth.of(books.transactions(), TEHRAN, new JalaliMonth(1403, 12),
                LocalDate.of(2025, 3, 25));

        // then
        assertThat(months).containsExactly(monthEnd(new JalaliMonth(1403, 12), 100_000, 0, 100_000),
                monthEnd(FARVARDIN_1404, 200_000, 0, 200_000));
    }

    @Test
    void aCorrectionTakesTheDepositBackInTheMonthItWasMade() {
        // given: a deposit in Farvardin reversed in Ordibehesht
        Transaction wrong = deposit(REZA, 900_000, day(1, 10));
        books = books.append(wrong.reversal(TREASURER, new PersonId(103), day(2, 1), "fix-1", "typed twice"))
                .orElseThrow().ledger();

        List<MonthEnd> months = FundByMonth.of(books.transactions(), TEHRAN, FARVARDIN_1404, day(2, 2)
                .atZone(TEHRAN).toLocalDate());

        assertThat(months).containsExactly(monthEnd(FARVARDIN_1404, 900_000, 0, 900_000),
                monthEnd(ORDIBEHESHT_1404, 0, 0, 0));
    }

    @Test
    void entriesBeforeTheGroupsFirstMonthStartTheSeriesEarlierAndLaterOnesAreLeftOut() {
        deposit(MINA, 100_000, day(1, 1));
        deposit(MINA, 100_000, day(4, 1));

        List<MonthEnd> months = FundByMonth.of(books.transactions(), TEHRAN, ORDIBEHESHT_1404, KHORDAD_1404.lastDay());

        assertThat(months).containsExactly(monthEnd(FARVARDIN_1404, 100_000, 0, 100_000),
                monthEnd(ORDIBEHESHT_1404, 100_000, 0, 100_000), monthEnd(KHORDAD_1404, 100_000, 0, 100_000));
    }

    @Test
    void theLastMonthAgreesWithTheFundTotalsWhateverTheOrderOfTheEntries() {
        Random random = new Random(1404);
        for (int trial = 0; trial < 200; trial++) {
            // given: a year of random deposits, loans and repayments
            books = Ledger.empty(GOLESTAN);
            long lent = 0;
            long repaid = 0;
            for (int entry = 0; entry < 60; entry++) {
                Instant at = day(1 + random.nextInt(12), 1 + random.nextInt(29));
                int kind = random.nextInt(3);
                if (kind == 0 || lent - repaid < 1_000) {
                    deposit(random.nextBoolean() ? MINA : REZA, 1_000 + random.nextInt(100_000), at);
                } else if (kind == 1) {
                    long amount = 1_000 + random.nextInt(50_000);
                    post(TxCode.LOAN_DISBURSEMENT, Posting.loanDisbursement(MINA, "l" + entry, Money.ofToman(amount)), at);
                    lent += amount;
                } else {
                    post(TxCode.REPAYMENT, Posting.repayment(MINA, "l-any", Money.ofToman(1_000)), at);
                    repaid += 1_000;
                }
            }
            List<Transaction> shuffled = new ArrayList<>(books.transactions());
            Collections.shuffle(shuffled, random);

            // when: collected in one pass, in any order
            List<MonthEnd> months = shuffled.stream().collect(FundByMonth.collector(TEHRAN, FARVARDIN_1404,
                    new JalaliMonth(1404, 12).lastDay()));

            // then
            FundTotals totals = FundTotals.of(Ledger.of(GOLESTAN, books.transactions()).balances());
            MonthEnd last = months.get(months.size() - 1);
            assertThat(months).hasSize(12);
            assertThat(last.memberSavingsRials()).isEqualTo(totals.memberSavingsRials());
            assertThat(last.loansOutstandingRials()).isEqualTo(totals.loansOutstandingRials());
            assertThat(last.cashAndBankRials()).isEqualTo(totals.cashRials() + totals.bankRials());
        }
    }

    private Transaction deposit(PersonId member, long toman, Instant at) {
        return post(TxCode.SAVINGS_DEPOSIT, Posting.savingsDeposit(member, Money.ofToman(toman)), at);
    }

    private Transaction post(TxCode code, Posting posting, Instant at) {
        books = books.append(TransactionDraft.of(code, posting, TREASURER, TREASURER, at,
                "k" + (books.lastSeq() + 1), "")).orElseThrow().ledger();
        return books.transactions().get(books.transactions().size() - 1);
    }

    private static MonthEnd monthEnd(JalaliMonth month, long savingsToman, long loansToman, long heldToman) {
        return new MonthEnd(month, savingsToman * 10, loansToman * 10, heldToman * 10);
    }
}
