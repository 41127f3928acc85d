package khodyar.domain.ledger;

import static khodyar.domain.ledger.LedgerFixtures.CHAIR;
import static khodyar.domain.ledger.LedgerFixtures.CHAIR_ROLES;
import static khodyar.domain.ledger.LedgerFixtures.GROUP;
import static khodyar.domain.ledger.LedgerFixtures.MEMBER_ROLES;
import static khodyar.domain.ledger.LedgerFixtures.MINA;
import static khodyar.domain.ledger.LedgerFixtures.REZA;
import static khodyar.domain.ledger.LedgerFixtures.TREASURER;
import static khodyar.domain.ledger.LedgerFixtures.TREASURER_ROLES;
import static khodyar.domain.ledger.LedgerFixtures.appended;
import static khodyar.domain.ledger.LedgerFixtures.refusalKey;
import static khodyar.domain.ledger.LedgerFixtures.toman;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import khodyar.domain.money.Money;
import org.junit.jupiter.api.Test;

class SavingsBookTest {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final LocalDate FIRST_SATURDAY = LocalDate.of(2025, 4, 5);
    private static final SavingsAgreement WEEKLY_100K = new SavingsAgreement(toman(100_000), Rhythm.WEEKLY,
            FIRST_SATURDAY);

    private static Instant noonOn(LocalDate day) {
        return day.atTime(12, 0).atZone(TEHRAN).toInstant();
    }

    private static PaidDeposit paid(long toman, LocalDate on) {
        return new PaidDeposit(MINA, toman(toman), on);
    }

    private static SavingsBook closedThrough(int rounds) {
        SavingsBook book = SavingsBook.start(WEEKLY_100K, TEHRAN);
        for (int n = 1; n <= rounds; n++) {
            book = book.closeRound(n, TREASURER, TREASURER_ROLES, noonOn(WEEKLY_100K.dueDate(n))).orElseThrow();
        }
        return book;
    }

    @Test
    void roundsFallDueByTheAgreedRhythm() {
        LocalDate endOfJanuary = LocalDate.of(2025, 1, 31);

        assertThat(WEEKLY_100K.dueDate(3)).isEqualTo(LocalDate.of(2025, 4, 19));
        assertThat(new SavingsAgreement(toman(1), Rhythm.BIWEEKLY, FIRST_SATURDAY).dueDate(2))
                .isEqualTo(LocalDate.of(2025, 4, 19));
        assertThat(new SavingsAgreement(toman(1), Rhythm.MONTHLY, endOfJanuary).dueDate(3))
                .isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(WEEKLY_100K.roundsDueBy(LocalDate.of(2025, 4, 18))).isEqualTo(2);
        assertThat(WEEKLY_100K.roundsDueBy(LocalDate.of(2025, 4, 4))).isZero();
    }

    @Test
    void depositsFillRoundsInOrderOnTimeLatePartlyOrUnpaid() {
        List<PaidDeposit> deposits = List.of(
                paid(100_000, LocalDate.of(2025, 4, 5)),   // round 1 on its day
                paid(60_000, LocalDate.of(2025, 4, 12)),   // round 2 short...
                paid(40_000, LocalDate.of(2025, 4, 14)),   // ...made up two days late
                paid(30_000, LocalDate.of(2025, 4, 20)));  // part of round 3

        List<RoundStanding> standings = SavingsBook.start(WEEKLY_100K, TEHRAN)
                .standings(MINA, FIRST_SATURDAY, deposits, LocalDate.of(2025, 4, 27));

        assertThat(standings).extracting(RoundStanding::status).containsExactly(
                RoundStanding.Status.ON_TIME, RoundStanding.Status.LATE, RoundStanding.Status.PARTLY_PAID,
                RoundStanding.Status.UNPAID);
        assertThat(standings.get(1).paidOn()).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(standings).extracting(RoundStanding::paid)
                .containsExactly(toman(100_000), toman(100_000), toman(30_000), Money.ZERO);
    }

    @Test
    void payingAheadCountsForTheComingRounds() {
        List<PaidDeposit> deposits = List.of(paid(300_000, LocalDate.of(2025, 4, 1)));

        List<RoundStanding> standings = SavingsBook.start(WEEKLY_100K, TEHRAN)
                .standings(MINA, FIRST_SATURDAY, deposits, LocalDate.of(2025, 4, 19));

        assertThat(standings).extracting(RoundStanding::status).containsOnly(RoundStanding.Status.ON_TIME);
        assertThat(standings).hasSize(3);
    }

    @Test
    void roundsThatFellDueBeforeAMemberJoinedAreNotTheirs() {
        LocalDate joined = LocalDate.of(2025, 4, 10);
        List<PaidDeposit> deposits = List.of(paid(100_000, LocalDate.of(2025, 4, 12)));

        List<RoundStanding> standings = SavingsBook.start(WEEKLY_100K, TEHRAN)
                .standings(MINA, joined, deposits, LocalDate.of(2025, 4, 12));

        assertThat(standings).singleElement().satisfies(s -> {
            assertThat(s.round().number()).isEqualTo(2);
            assertThat(s.status()).isEqualTo(RoundStanding.Status.ON_TIME);
        });
    }

    @Test
    void onlyATreasurerClosesARoundInOrderOnceItIsDue() {
        SavingsBook book = SavingsBook.start(WEEKLY_100K, TEHRAN);
        Instant roundOneDay = noonOn(FIRST_SATURDAY);

        assertThat(refusalKey(book.closeRound(1, CHAIR, CHAIR_ROLES, roundOneDay))).isEqualTo("ledger.refused.notTreasurer");
        assertThat(refusalKey(book.closeRound(2, TREASURER, TREASURER_ROLES, noonOn(LocalDate.of(2025, 4, 12)))))
                .isEqualTo("savings.refused.closeOutOfOrder");
        assertThat(refusalKey(book.closeRound(1, TREASURER, TREASURER_ROLES, noonOn(FIRST_SATURDAY.minusDays(1)))))
                .isEqualTo("savings.refused.roundNotDue");

        SavingsBook closed = book.closeRound(1, TREASURER, TREASURER_ROLES, roundOneDay).orElseThrow();

        assertThat(closed.closedRoundCount()).isEqualTo(1);
        assertThat(closed.round(1).closed()).isTrue();
        assertThat(closed.round(1).closedBy()).isEqualTo(TREASURER);
        assertThat(closed.round(2).closed()).isFalse();
        assertThat(refusalKey(closed.closeRound(1, TREASURER, TREASURER_ROLES, roundOneDay)))
                .isEqualTo("savings.refused.roundClosed");
    }

    @Test
    void regularityIsClosedRoundsPaidOnTimeOverClosedRoundsDue() {
        SavingsBook book = closedThrough(3);
        List<PaidDeposit> deposits = List.of(
                paid(100_000, LocalDate.of(2025, 4, 5)),   // round 1 on time
                paid(100_000, LocalDate.of(2025, 4, 15)),  // round 2 three days late
                paid(50_000, LocalDate.of(2025, 4, 19)),   // round 3 short on its day
                paid(50_000, LocalDate.of(2025, 4, 20)),   // ...and complete a day late
                new PaidDeposit(REZA, toman(300_000), LocalDate.of(2025, 4, 5)));

        Regularity mina = book.regularity(MINA, FIRST_SATURDAY, deposits);
        Regularity group = book.groupRegularity(Map.of(MINA, FIRST_SATURDAY, REZA, FIRST_SATURDAY), deposits);

        assertThat(mina).isEqualTo(new Regularity(1, 3));
        assertThat(mina.ratio(4, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.3333");
        assertThat(group).isEqualTo(new Regularity(4, 6));
        assertThat(group.ratio(2, RoundingMode.HALF_UP)).isEqualByComparingTo("0.67");
        assertThat(Regularity.NONE_DUE.ratio(2, RoundingMode.HALF_UP)).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void depositsComeFromTheBooksDatedByTheReportAndWithoutCorrectedOnes() {
        Instant reported = noonOn(LocalDate.of(2025, 4, 5));
        Instant confirmedLater = noonOn(LocalDate.of(2025, 4, 8));
        PendingEntry minasReport = PendingEntry.deposit("p-1", GROUP, MINA, MEMBER_ROLES, toman(100_000), reported, "u-1")
                .post(TREASURER, TREASURER_ROLES, confirmedLater).orElseThrow();
        PendingEntry rezasReport = PendingEntry.deposit("p-2", GROUP, REZA, MEMBER_ROLES, toman(100_000), reported, "u-2")
                .post(TREASURER, TREASURER_ROLES, confirmedLater).orElseThrow();
        Ledger ledger = appended(appended(Ledger.empty(GROUP), minasReport.transactionDraft()),
                rezasReport.transactionDraft());
        ledger = appended(ledger, ledger.bySeq(2).orElseThrow()
                .reversal(TREASURER, CHAIR, confirmedLater, "u-3", "never paid"));

        List<PaidDeposit> deposits = PaidDeposit.fromBooks(ledger, List.of(minasReport, rezasReport), TEHRAN);

        assertThat(deposits).containsExactly(new PaidDeposit(MINA, toman(100_000), LocalDate.of(2025, 4, 5)));
    }

    @Test
    void aDepositWhoseCorrectionWasItselfCorrectedCountsAgain() {
        Ledger ledger = appended(Ledger.empty(GROUP), LedgerFixtures.depositConfirmedByTreasurer(MINA, toman(100_000), "u-1"));
        ledger = appended(ledger, ledger.bySeq(1).orElseThrow().reversal(TREASURER, CHAIR, Instant.EPOCH, "u-2", "wrong"));
        ledger = appended(ledger, ledger.bySeq(2).orElseThrow().reversal(TREASURER, CHAIR, Instant.EPOCH, "u-3", "it was right"));

        assertThat(PaidDeposit.fromBooks(ledger, List.of(), TEHRAN)).extracting(PaidDeposit::amount)
                .containsExactly(toman(100_000));
    }
}
