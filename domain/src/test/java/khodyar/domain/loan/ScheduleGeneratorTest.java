package khodyar.domain.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import khodyar.domain.money.Money;

/**
 * Schedules as tables of expected instalments, to the rial. The tables were worked out by hand
 * and checked with an independent decimal computation; the annuity payment is also recomputed
 * in this test from the closed formula.
 */
class ScheduleGeneratorTest {

    private static final LocalDate NOWRUZ_1404 = LocalDate.of(2025, 3, 21);

    private static LoanTerms terms(InterestMethod method, String annualPercent, ServiceFee fee,
            InstalmentRhythm rhythm) {
        return new LoanTerms(method, new BigDecimal(annualPercent), fee, rhythm, RoundingMode.HALF_UP);
    }

    @Test
    void decliningEqualInstalmentsOfTwelveMillionOverTwelveMonthsAtEighteenPercent() {
        // given 1.5% a month; the textbook payment for 100,000 at 18% over a year is 9,168 (9,167.9993)
        LoanTerms terms = terms(InterestMethod.DECLINING_BALANCE_EQUAL_INSTALMENTS, "18", ServiceFee.NONE,
                InstalmentRhythm.MONTHLY);

        // when
        Schedule schedule = ScheduleGenerator.generate(Money.ofRials(12_000_000), 12, terms, NOWRUZ_1404);

        // then
        assertThat(schedule.instalments()).containsExactlyElementsOf(ScheduleTable.parse("""
                n  | due        | principal | interest | fee | total     | remaining
                1  | 2025-03-21 |   920,160 |  180,000 |   0 | 1,100,160 | 11,079,840
                2  | 2025-04-21 |   933,962 |  166,198 |   0 | 1,100,160 | 10,145,878
                3  | 2025-05-21 |   947,972 |  152,188 |   0 | 1,100,160 |  9,197,906
                4  | 2025-06-21 |   962,191 |  137,969 |   0 | 1,100,160 |  8,235,715
                5  | 2025-07-21 |   976,624 |  123,536 |   0 | 1,100,160 |  7,259,091
                6  | 2025-08-21 |   991,274 |  108,886 |   0 | 1,100,160 |  6,267,817
                7  | 2025-09-21 | 1,006,143 |   94,017 |   0 | 1,100,160 |  5,261,674
                8  | 2025-10-21 | 1,021,235 |   78,925 |   0 | 1,100,160 |  4,240,439
                9  | 2025-11-21 | 1,036,553 |   63,607 |   0 | 1,100,160 |  3,203,886
                10 | 2025-12-21 | 1,052,102 |   48,058 |   0 | 1,100,160 |  2,151,784
                11 | 2026-01-21 | 1,067,883 |   32,277 |   0 | 1,100,160 |  1,083,901
                12 | 2026-02-21 | 1,083,901 |   16,259 |   0 | 1,100,160 |          0
                """));
        assertThat(schedule.totalPrincipal()).isEqualTo(Money.ofRials(12_000_000));
        assertThat(schedule.totalInterest()).isEqualTo(Money.ofRials(1_201_920));
    }

    @Test
    void lastEqualInstalmentAbsorbsTheRoundingRemainder() {
        // given ten million over six months at 24% a year (2% a month)
        LoanTerms terms = terms(InterestMethod.DECLINING_BALANCE_EQUAL_INSTALMENTS, "24", ServiceFee.NONE,
                InstalmentRhythm.MONTHLY);

        // when
        Schedule schedule = ScheduleGenerator.generate(Money.ofRials(10_000_000), 6, terms, NOWRUZ_1404);

        // then the last instalment is two rials more than the others
        assertThat(schedule.instalments()).containsExactlyElementsOf(ScheduleTable.parse("""
                n | due        | principal | interest | fee | total     | remaining
                1 | 2025-03-21 | 1,585,258 |  200,000 |   0 | 1,785,258 | 8,414,742
                2 | 2025-04-21 | 1,616,963 |  168,295 |   0 | 1,785,258 | 6,797,779
                3 | 2025-05-21 | 1,649,302 |  135,956 |   0 | 1,785,258 | 5,148,477
                4 | 2025-06-21 | 1,682,288 |  102,970 |   0 | 1,785,258 | 3,466,189
                5 | 2025-07-21 | 1,715,934 |   69,324 |   0 | 1,785,258 | 1,750,255
                6 | 2025-08-21 | 1,750,255 |   35,005 |   0 | 1,785,260 |         0
                """));
    }

    @Test
    void weeklyEqualInstalmentsUseAFiftySecondOfTheAnnualRate() {
        // given five million over thirteen weekly meetings at 20% a year
        LoanTerms terms = terms(InterestMethod.DECLINING_BALANCE_EQUAL_INSTALMENTS, "20", ServiceFee.NONE,
                InstalmentRhythm.WEEKLY);

        // when
        Schedule schedule = ScheduleGenerator.generate(Money.ofRials(5_000_000), 13, terms, NOWRUZ_1404);

        // then
        assertThat(schedule.instalments()).containsExactlyElementsOf(ScheduleTable.parse("""
                n  | due        | principal | interest | fee | total   | remaining
                1  | 2025-03-21 |   375,819 |   19,231 |   0 | 395,050 | 4,624,181
                2  | 2025-03-28 |   377,265 |   17,785 |   0 | 395,050 | 4,246,916
                3  | 2025-04-04 |   378,716 |   16,334 |   0 | 395,050 | 3,868,200
                4  | 2025-04-11 |   380,172 |   14,878 |   0 | 395,050 | 3,488,028
                5  | 2025-04-18 |   381,635 |   13,415 |   0 | 395,050 | 3,106,393
                6  | 2025-04-25 |   383,102 |   11,948 |   0 | 395,050 | 2,723,291
                7  | 2025-05-02 |   384,576 |   10,474 |   0 | 395,050 | 2,338,715
                8  | 2025-05-09 |   386,055 |    8,995 |   0 | 395,050 | 1,952,660
                9  | 2025-05-16 |   387,540 |    7,510 |   0 | 395,050 | 1,565,120
                10 | 2025-05-23 |   389,030 |    6,020 |   0 | 395,050 | 1,176,090
                11 | 2025-05-30 |   390,527 |    4,523 |   0 | 395,050 |   785,563
                12 | 2025-06-06 |   392,029 |    3,021 |   0 | 395,050 |   393,534
                13 | 2025-06-13 |   393,534 |    1,514 |   0 | 395,048 |         0
                """));
    }

    @Test
    void decliningEqualPrincipalChargesInterestOnWhatIsStillOwed() {
        // given
        LoanTerms terms = terms(InterestMethod.DECLINING_BALANCE_EQUAL_PRINCIPAL, "18", ServiceFee.NONE,
                InstalmentRhythm.MONTHLY);

        // when
        Schedule schedule = ScheduleGenerator.generate(Money.ofRials(12_000_000), 12, terms, NOWRUZ_1404);

        // then 1.5% of the balance before each instalment
        assertThat(schedule.instalments()).containsExactlyElementsOf(ScheduleTable.parse("""
                n  | due        | principal | interest | fee | total     | remaining
                1  | 2025-03-21 | 1,000,000 |  180,000 |   0 | 1,180,000 | 11,000,000
                2  | 2025-04-21 | 1,000,000 |  165,000 |   0 | 1,165,000 | 10,000,000
                3  | 2025-05-21 | 1,000,000 |  150,000 |   0 | 1,150,000 |  9,000,000
                4  | 2025-06-21 | 1,000,000 |  135,000 |   0 | 1,135,000 |  8,000,000
                5  | 2025-07-21 | 1,000,000 |  120,000 |   0 | 1,120,000 |  7,000,000
                6  | 2025-08-21 | 1,000,000 |  105,000 |   0 | 1,105,000 |  6,000,000
                7  | 2025-09-21 | 1,000,000 |   90,000 |   0 | 1,090,000 |  5,000,000
                8  | 2025-10-21 | 1,000,000 |   75,000 |   0 | 1,075,000 |  4,000,000
                9  | 2025-11-21 | 1,000,000 |   60,000 |   0 | 1,060,000 |  3,000,000
                10 | 2025-12-21 | 1,000,000 |   45,000 |   0 | 1,045,000 |  2,000,000
                11 | 2026-01-21 | 1,000,000 |   30,000 |   0 | 1,030,000 |  1,000,000
                12 | 2026-02-21 | 1,000,000 |   15,000 |   0 | 1,015,000 |          0
                """));
        assertThat(schedule.totalInterest()).isEqualTo(Money.ofRials(1_170_000));
    }

    @Test
    void flatTenPercentOverSixMonthsChargesInterestOnTheOriginalPrincipal() {
        // given 12,000,000 x 10% x 6/12 = 600,000 of interest
        LoanTerms terms = terms(InterestMethod.FLAT, "10", ServiceFee.NONE, InstalmentRhythm.MONTHLY);

        // when
        Schedule schedule = ScheduleGenerator.generate(Money.ofRials(12_000_000), 6, terms, NOWRUZ_1404);

        // then
        assertThat(schedule.instalments()).containsExactlyElementsOf(ScheduleTable.parse("""
                n | due        | principal | interest | fee | total     | remaining
                1 | 2025-03-21 | 2,000,000 |  100,000 |   0 | 2,100,000 | 10,000,000
                2 | 2025-04-21 | 2,000,000 |  100,000 |   0 | 2,100,000 |  8,000,000
                3 | 2025-05-21 | 2,000,000 |  100,000 |   0 | 2,100,000 |  6,000,000
                4 | 2025-06-21 | 2,000,000 |  100,000 |   0 | 2,100,000 |  4,000,000
                5 | 2025-07-21 | 2,000,000 |  100,000 |   0 | 2,100,000 |  2,000,000
                6 | 2025-08-21 | 2,000,000 |  100,000 |   0 | 2,100,000 |          0
                """));
    }

    @Test
    void flatScheduleLeavesBothRemaindersToTheLastInstalment() {
        // given 10,000,000 x 10% x 3/12 = 250,000 of interest, neither divisible by three
        LoanTerms terms = terms(InterestMethod.FLAT, "10", ServiceFee.NONE, InstalmentRhythm.MONTHLY);

        // when
        Schedule schedule = ScheduleGenerator.generate(Money.ofRials(10_000_000), 3, terms, NOWRUZ_1404);

        // then
        assertThat(schedule.instalments()).containsExactlyElementsOf(ScheduleTable.parse("""
                n | due        | principal | interest | fee | total     | remaining
                1 | 2025-03-21 | 3,333,333 |   83,333 |   0 | 3,416,666 | 6,666,667
                2 | 2025-04-21 | 3,333,333 |   83,333 |   0 | 3,416,666 | 3,333,334
                3 | 2025-05-21 | 3,333,334 |   83,334 |   0 | 3,416,668 |         0
                """));
    }

    @Test
    void interestFreeLoanWithATwoPercentServiceFeeChargesTheFeeWithTheFirstInstalment() {
        // given qard al-hasan: no interest, 2% of 12,000,000 once
        LoanTerms terms = LoanTerms.interestFree(ServiceFee.percentOfPrincipal(new BigDecimal("2")),
                InstalmentRhythm.MONTHLY, RoundingMode.HALF_UP);

        // when
        Schedule schedule = ScheduleGenerator.generate(Money.ofRials(12_000_000), 4, terms, NOWRUZ_1404);

        // then
        assertThat(schedule.instalments()).containsExactlyElementsOf(ScheduleTable.parse("""
                n | due        | principal | interest | fee     | total     | remaining
                1 | 2025-03-21 | 3,000,000 |        0 | 240,000 | 3,240,000 | 9,000,000
                2 | 2025-04-21 | 3,000,000 |        0 |       0 | 3,000,000 | 6,000,000
                3 | 2025-05-21 | 3,000,000 |        0 |       0 | 3,000,000 | 3,000,000
                4 | 2025-06-21 | 3,000,000 |        0 |       0 | 3,000,000 |         0
                """));
    }

    @Test
    void fixedServiceFeeOnABiweeklyInterestFreeLoan() {
        // given
        LoanTerms terms = LoanTerms.interestFree(ServiceFee.fixed(Money.ofRials(50_000)),
                InstalmentRhythm.BIWEEKLY, RoundingMode.HALF_UP);

        // when
        Schedule schedule = ScheduleGenerator.generate(Money.ofRials(1_000_000), 3, terms, NOWRUZ_1404);

        // then
        assertThat(schedule.instalments()).containsExactlyElementsOf(ScheduleTable.parse("""
                n | due        | principal | interest | fee    | total   | remaining
                1 | 2025-03-21 |   333,333 |        0 | 50,000 | 383,333 | 666,667
                2 | 2025-04-04 |   333,333 |        0 |      0 | 333,333 | 333,334
                3 | 2025-04-18 |   333,334 |        0 |      0 | 333,334 |       0
                """));
    }

    @Test
    void roundingModeIsTheCallersChoice() {
        // given 1% a month on 1,000,050 makes 10,000.5 of interest
        LoanTerms down = new LoanTerms(InterestMethod.DECLINING_BALANCE_EQUAL_PRINCIPAL, new BigDecimal("12"),
                ServiceFee.NONE, InstalmentRhythm.MONTHLY, RoundingMode.DOWN);
        LoanTerms up = new LoanTerms(InterestMethod.DECLINING_BALANCE_EQUAL_PRINCIPAL, new BigDecimal("12"),
                ServiceFee.NONE, InstalmentRhythm.MONTHLY, RoundingMode.UP);

        // when
        Instalment roundedDown = ScheduleGenerator.generate(Money.ofRials(1_000_050), 1, down, NOWRUZ_1404).instalment(1);
        Instalment roundedUp = ScheduleGenerator.generate(Money.ofRials(1_000_050), 1, up, NOWRUZ_1404).instalment(1);

        // then
        assertThat(roundedDown.interest()).isEqualTo(Money.ofRials(10_000));
        assertThat(roundedUp.interest()).isEqualTo(Money.ofRials(10_001));
    }

    @Test
    void monthlyDueDatesKeepTheDayOfTheFirstDueDateWhereTheMonthHasIt() {
        LoanTerms terms = terms(InterestMethod.FLAT, "0", ServiceFee.NONE, InstalmentRhythm.MONTHLY);

        Schedule schedule = ScheduleGenerator.generate(Money.ofRials(3_000_000), 3, terms, LocalDate.of(2025, 1, 31));

        assertThat(schedule.instalments()).extracting(Instalment::dueDate)
                .containsExactly(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 31));
    }

    @ParameterizedTest(name = "{0} rials, {1} instalments, {2}% a year, {3}, {4}")
    @CsvSource({
            "12000000, 12, 18, MONTHLY, DECLINING_BALANCE_EQUAL_INSTALMENTS",
            "7777777, 7, 23.5, BIWEEKLY, DECLINING_BALANCE_EQUAL_INSTALMENTS",
            "999999, 52, 36, WEEKLY, DECLINING_BALANCE_EQUAL_INSTALMENTS",
            "123456789, 24, 4, MONTHLY, DECLINING_BALANCE_EQUAL_PRINCIPAL",
            "1000001, 9, 15, WEEKLY, DECLINING_BALANCE_EQUAL_PRINCIPAL",
            "50000003, 11, 12.75, MONTHLY, FLAT",
            "10, 3, 5, MONTHLY, FLAT",
            "5, 7, 0, WEEKLY, DECLINING_BALANCE_EQUAL_PRINCIPAL",
    })
    void principalColumnSumsExactlyToTheLoanAndBalancesRunDownToZero(long rials, int instalments, String annualPercent,
            InstalmentRhythm rhythm, InterestMethod method) {
        // given
        Money principal = Money.ofRials(rials);
        LoanTerms terms = terms(method, annualPercent, ServiceFee.NONE, rhythm);

        // when
        Schedule schedule = ScheduleGenerator.generate(principal, instalments, terms, NOWRUZ_1404);

        // then
        assertThat(schedule.size()).isEqualTo(instalments);
        assertThat(schedule.totalPrincipal()).isEqualTo(principal);
        assertThat(schedule.last().remainingPrincipal()).isEqualTo(Money.ZERO);
        Money balance = principal;
        for (Instalment instalment : schedule.instalments()) {
            balance = balance.minus(instalment.principal());
            assertThat(instalment.remainingPrincipal()).isEqualTo(balance);
        }
    }

    @ParameterizedTest(name = "{0} rials, {1} months at {2}%")
    @CsvSource({"12000000, 12, 18", "7777777, 7, 23.5", "250000000, 36, 30", "1000, 2, 1"})
    void everyEqualInstalmentButTheLastIsTheAnnuityPaymentOfTheClosedFormula(long rials, int months,
            String annualPercent) {
        // given the payment worked out here, independently: P i (1+i)^n / ((1+i)^n - 1)
        MathContext precision = MathContext.DECIMAL64;
        BigDecimal i = new BigDecimal(annualPercent).divide(BigDecimal.valueOf(1200), precision);
        BigDecimal growth = BigDecimal.ONE.add(i).pow(months, precision);
        long expectedPayment = BigDecimal.valueOf(rials).multiply(i).multiply(growth)
                .divide(growth.subtract(BigDecimal.ONE), precision)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        LoanTerms terms = terms(InterestMethod.DECLINING_BALANCE_EQUAL_INSTALMENTS, annualPercent, ServiceFee.NONE,
                InstalmentRhythm.MONTHLY);

        // when
        Schedule schedule = ScheduleGenerator.generate(Money.ofRials(rials), months, terms, NOWRUZ_1404);

        // then
        schedule.instalments().subList(0, months - 1)
                .forEach(instalment -> assertThat(instalment.total().rials()).isEqualTo(expectedPayment));
        assertThat(Math.abs(schedule.last().total().rials() - expectedPayment)).isLessThanOrEqualTo(months);
    }

    @Test
    void zeroRateMakesEveryMethodAnEqualSplitOfThePrincipal() {
        for (InterestMethod method : InterestMethod.values()) {
            Schedule schedule = ScheduleGenerator.generate(Money.ofRials(1_000), 3,
                    terms(method, "0", ServiceFee.NONE, InstalmentRhythm.MONTHLY), NOWRUZ_1404);

            assertThat(schedule.instalments()).extracting(Instalment::total)
                    .as(method.name())
                    .containsExactly(Money.ofRials(333), Money.ofRials(333), Money.ofRials(334));
        }
    }

    @Test
    void aScheduleNeedsAPrincipalAndAtLeastOneInstalment() {
        LoanTerms terms = terms(InterestMethod.FLAT, "10", ServiceFee.NONE, InstalmentRhythm.MONTHLY);

        assertThatThrownBy(() -> ScheduleGenerator.generate(Money.ZERO, 3, terms, NOWRUZ_1404))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScheduleGenerator.generate(Money.ofRials(100), 0, terms, NOWRUZ_1404))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void termsRefuseANegativeRateAndARoundingModeThatCannotRound() {
        assertThatThrownBy(() -> terms(InterestMethod.FLAT, "-1", ServiceFee.NONE, InstalmentRhythm.MONTHLY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoanTerms(InterestMethod.FLAT, BigDecimal.ONE, ServiceFee.NONE,
                InstalmentRhythm.MONTHLY, RoundingMode.UNNECESSARY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} months are {2} {1} instalments")
    @CsvSource({"1, WEEKLY, 4", "3, WEEKLY, 13", "12, WEEKLY, 52", "1, BIWEEKLY, 2", "3, BIWEEKLY, 7",
            "6, BIWEEKLY, 13", "5, MONTHLY, 5"})
    void aTermInMonthsBecomesInstalmentsInTheMeetingRhythm(int months, InstalmentRhythm rhythm, int instalments) {
        assertThat(rhythm.instalmentsIn(months)).isEqualTo(instalments);
    }
}
