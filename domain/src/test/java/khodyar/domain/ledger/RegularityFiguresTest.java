package khodyar.domain.ledger;

import static khodyar.domain.ledger.LedgerFixtures.CHAIR;
import static khodyar.domain.ledger.LedgerFixtures.GROUP;
import static khodyar.domain.ledger.LedgerFixtures.MEMBER_ROLES;
import static khodyar.domain.ledger.LedgerFixtures.MINA;
import static khodyar.domain.ledger.LedgerFixtures.REZA;
import static khodyar.domain.ledger.LedgerFixtures.TREASURER;
import static khodyar.domain.ledger.LedgerFixtures.TREASURER_ROLES;
import static khodyar.domain.ledger.LedgerFixtures.toman;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.PersonId;
import khodyar.domain.money.Money;
import org.junit.jupiter.api.Test;

class RegularityFiguresTest {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final LocalDate FIRST_SATURDAY = LocalDate.of(2025, 4, 5);
    private static final SavingsAgreement WEEKLY_100K = new SavingsAgreement(toman(100_000), Rhythm.WEEKLY,
            FIRST_SATURDAY);
    private static final Map<PersonId, LocalDate> MINA_AND_REZA = Map.of(MINA, FIRST_SATURDAY, REZA, FIRST_SATURDAY);

    private static Instant noonOn(LocalDate day) {
        return day.atTime(12, 0).atZone(TEHRAN).toInstant();
    }

    /** The books as the bot keeps them, with the posted reports that date some deposits. */
    private static final class Books {
        Ledger ledger = Ledger.empty(GROUP);
        final List<PendingEntry> postedReports = new ArrayList<>();
        final Map<String, LocalDate> reportDays = new HashMap<>();
        int keys;

        Transaction deposit(PersonId member, long toman, LocalDate on) {
            return append(TransactionDraft.of(TxCode.SAVINGS_DEPOSIT, Posting.savingsDeposit(member, toman(toman)),
                    member, TREASURER, noonOn(on), "k" + keys++, ""));
        }

        /** Reported on {@code reportedOn}, posted by the treasurer on {@code postedOn}. */
        Transaction reported(PersonId member, long toman, LocalDate reportedOn, LocalDate postedOn) {
            String key = "dep:" + keys++;
            PendingEntry posted = PendingEntry.deposit("d" + key, GROUP, member, MEMBER_ROLES, toman(toman),
                    noonOn(reportedOn), key).post(TREASURER, TREASURER_ROLES, noonOn(postedOn)).orElseThrow();
            postedReports.add(posted);
            reportDays.put(key, reportedOn);
            return append(posted.transactionDraft());
        }

        /** The correction, or empty when the ledger refuses it (the entry was corrected already). */
        Optional<Transaction> corrected(long seq, LocalDate on) {
            Outcome<Appended> appended = ledger.append(ledger.bySeq(seq).orElseThrow()
                    .reversal(TREASURER, CHAIR, noonOn(on), "c" + keys++, "wrong"));
            if (appended instanceof Outcome.Done<Appended> done) {
                ledger = done.value().ledger();
                return Optional.of(done.value().transaction());
            }
            return Optional.empty();
        }

        Transaction append(TransactionDraft draft) {
            Appended appended = ledger.append(draft).orElseThrow();
            ledger = appended.ledger();
            return appended.transaction();
        }

        LocalDate paidOn(Transaction deposit) {
            return reportDays.getOrDefault(deposit.idempotencyKey(), deposit.at().atZone(TEHRAN).toLocalDate());
        }

        Optional<RegularityFigures> caughtUp(RegularityFigures figures) {
            return figures.catchUp(ledger.transactionsAfter(figures.throughSeq()), this::paidOn, ledger::bySeq);
        }

        RegularityFigures replay(SavingsBook book, Map<PersonId, LocalDate> members) {
            return RegularityFigures.replay(book, members, PaidDeposit.booked(ledger, postedReports, TEHRAN),
                    ledger.lastSeq());
        }
    }

    private static SavingsRound closed(SavingsBook book, int number) {
        return book.closeRound(number, TREASURER, TREASURER_ROLES, noonOn(book.agreement().dueDate(number)))
                .orElseThrow().round(number);
    }

    @Test
    void closingARoundCountsWhoPaidInFullByItsDueDay() {
        // given: Mina paid round 1 on its day, Reza half of it, and Reza the rest the day after
        Books books = new Books();
        books.deposit(MINA, 100_000, FIRST_SATURDAY);
        books.deposit(REZA, 50_000, FIRST_SATURDAY);
        books.deposit(REZA, 50_000, FIRST_SATURDAY.plusDays(1));
        SavingsBook book = SavingsBook.start(WEEKLY_100K, TEHRAN);
        RegularityFigures figures = books.caughtUp(RegularityFigures.none()).orElseThrow();

        // when
        RegularityFigures afterOne = figures.close(closed(book, 1), WEEKLY_100K.amountPerRound(), MINA_AND_REZA);

        // then: Reza's late half is carried to the next round, not counted in the first
        assertThat(afterOne.of(MINA)).isEqualTo(new Regularity(1, 1));
        assertThat(afterOne.of(REZA)).isEqualTo(new Regularity(0, 1));
        assertThat(afterOne.savedBy(REZA)).isEqualTo(toman(50_000));
        assertThat(afterOne.carried()).extracting(BookedDeposit::seq).containsExactly(3L);
        assertThat(afterOne.closedRounds()).isEqualTo(1);
        assertThat(afterOne.lastClosedDue()).isEqualTo(FIRST_SATURDAY);
        assertThat(afterOne.throughSeq()).isEqualTo(3);
    }

    @Test
    void aRoundThatFellDueBeforeAMemberJoinedIsNotTheirs() {
        Books books = new Books();
        books.deposit(REZA, 100_000, FIRST_SATURDAY.plusDays(7));
        Map<PersonId, LocalDate> rezaJoinedLater = Map.of(MINA, FIRST_SATURDAY, REZA, FIRST_SATURDAY.plusDays(3));
        SavingsBook book = SavingsBook.start(WEEKLY_100K, TEHRAN);
        RegularityFigures figures = books.caughtUp(RegularityFigures.none()).orElseThrow()
                .close(closed(book, 1), WEEKLY_100K.amountPerRound(), rezaJoinedLater);
        book = book.closeRound(1, TREASURER, TREASURER_ROLES, noonOn(FIRST_SATURDAY)).orElseThrow();

        figures = figures.close(closed(book, 2), WEEKLY_100K.amountPerRound(), rezaJoinedLater);

        assertThat(figures.of(REZA)).isEqualTo(new Regularity(1, 1));
        assertThat(figures.of(MINA)).isEqualTo(new Regularity(0, 2));
    }

    @Test
    void aDepositReportedForAClosedRoundButPostedAfterItsCloseAsksForARebuild() {
        Books books = new Books();
        SavingsBook book = SavingsBook.start(WEEKLY_100K, TEHRAN);
        RegularityFigures figures = RegularityFigures.none().close(closed(book, 1), WEEKLY_100K.amountPerRound(),
                MINA_AND_REZA);
        book = book.closeRound(1, TREASURER, TREASURER_ROLES, noonOn(FIRST_SATURDAY)).orElseThrow();

        books.reported(MINA, 100_000, FIRST_SATURDAY, FIRST_SATURDAY.plusDays(2));

        assertThat(books.caughtUp(figures)).isEmpty();
        RegularityFigures rebuilt = books.replay(book, MINA_AND_REZA);
        assertThat(rebuilt.of(MINA)).isEqualTo(new Regularity(1, 1));
        assertThat(rebuilt.throughSeq()).isEqualTo(1);
    }

    @Test
    void aCorrectedCarriedDepositIsDroppedAndACorrectedCountedOneAsksForARebuild() {
        Books books = new Books();
        Transaction counted = books.deposit(MINA, 100_000, FIRST_SATURDAY);
        SavingsBook book = SavingsBook.start(WEEKLY_100K, TEHRAN);
        RegularityFigures figures = books.caughtUp(RegularityFigures.none()).orElseThrow()
                .close(closed(book, 1), WEEKLY_100K.amountPerRound(), MINA_AND_REZA);
        Transaction carried = books.deposit(REZA, 100_000, FIRST_SATURDAY.plusDays(1));
        books.corrected(carried.seq(), FIRST_SATURDAY.plusDays(2));

        RegularityFigures caughtUp = books.caughtUp(figures).orElseThrow();
        assertThat(caughtUp.carried()).isEmpty();
        assertThat(caughtUp.throughSeq()).isEqualTo(3);

        books.corrected(counted.seq(), FIRST_SATURDAY.plusDays(2));
        assertThat(books.caughtUp(caughtUp)).isEmpty();
    }

    @Test
    void figuresCountedForOtherMembersDoNotAgreeAndCannotBeClosed() {
        SavingsBook book = SavingsBook.start(WEEKLY_100K, TEHRAN);
        RegularityFigures figures = RegularityFigures.none().close(closed(book, 1), WEEKLY_100K.amountPerRound(),
                Map.of(MINA, FIRST_SATURDAY));
        book = book.closeRound(1, TREASURER, TREASURER_ROLES, noonOn(FIRST_SATURDAY)).orElseThrow();

        // Reza joined on round 1's due day, after it was closed: it is his, so the figures are short of it
        Map<PersonId, LocalDate> rezaOnTheDueDay = Map.of(MINA, FIRST_SATURDAY, REZA, FIRST_SATURDAY);
        // ...but one who joined after it has nothing closed due, and the figures still hold
        Map<PersonId, LocalDate> rezaTheDayAfter = Map.of(MINA, FIRST_SATURDAY, REZA, FIRST_SATURDAY.plusDays(1));

        assertThat(figures.agreesWith(rezaOnTheDueDay)).isFalse();
        assertThat(figures.agreesWith(rezaTheDayAfter)).isTrue();
        SavingsRound two = closed(book, 2);
        assertThatThrownBy(() -> figures.close(two, WEEKLY_100K.amountPerRound(), rezaOnTheDueDay))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> figures.close(closed(SavingsBook.start(WEEKLY_100K, TEHRAN), 1),
                WEEKLY_100K.amountPerRound(), rezaTheDayAfter)).isInstanceOf(IllegalStateException.class);
    }

    /**
     * Generated histories: members join over time, deposit on random days, some by a report the treasurer
     * posts days later, some corrected; the treasurer closes rounds at random times after they fall due.
     * At every close the figures are caught up (or rebuilt when they cannot be) and counted forward; after
     * it, and at the end, they must equal the replay of the whole books.
     */
    @Test
    void runningFiguresEqualTheReplayOverGeneratedHistories() {
        int closes = 0;
        int rebuilds = 0;
        for (long seed = 1; seed <= 150; seed++) {
            Random random = new Random(seed);
            Rhythm rhythm = Rhythm.values()[random.nextInt(Rhythm.values().length)];
            long perRound = 10_000L * (1 + random.nextInt(10));
            SavingsAgreement agreement = new SavingsAgreement(toman(perRound), rhythm,
                    FIRST_SATURDAY.plusDays(random.nextInt(10)));
            LocalDate dayZero = FIRST_SATURDAY.minusDays(5);
            List<PersonId> people = new ArrayList<>();
            Map<PersonId, LocalDate> joins = new LinkedHashMap<>();
            int size = 1 + random.nextInt(5);
            for (int p = 0; p < size; p++) {
                PersonId person = new PersonId(300 + p);
                people.add(person);
                joins.put(person, dayZero.plusDays(random.nextInt(p == 0 ? 1 : 120)));
            }
            Books books = new Books();
            Closed state = new Closed(SavingsBook.start(agreement, TEHRAN), RegularityFigures.none(), false);
            List<Transaction> deposits = new ArrayList<>();
            List<long[]> waitingReports = new ArrayList<>();
            int days = 120 + random.nextInt(120);
            for (int d = 0; d < days; d++) {
                LocalDate today = dayZero.plusDays(d);
                boolean closeFirst = random.nextBoolean();
                for (int pass = 0; pass < 2; pass++) {
                    if ((pass == 0) != closeFirst) {
                        continue;
                    }
                    Closed next = closeIfDue(random, today, books, state, members(joins, today));
                    if (next != state) {
                        state = next;
                        closes++;
                        rebuilds += state.rebuilt() ? 1 : 0;
                        assertEqualsReplay(state.figures(), books, state.book(), members(joins, today), seed);
                    }
                }
                for (PersonId person : people) {
                    if (joins.get(person).isAfter(today) || random.nextInt(5) != 0) {
                        continue;
                    }
                    long toman = perRound / 2 * (1 + random.nextInt(4));
                    if (random.nextInt(3) == 0) {
                        waitingReports.add(new long[]{person.value(), toman, d, d + random.nextInt(4)});
                    } else {
                        deposits.add(books.deposit(person, toman, today));
                    }
                }
                for (long[] report : new ArrayList<>(waitingReports)) {
                    if (report[3] == d) {
                        waitingReports.remove(report);
                        deposits.add(books.reported(new PersonId(report[0]), report[1], dayZero.plusDays(report[2]),
                                today));
                    }
                }
                if (!deposits.isEmpty() && random.nextInt(12) == 0) {
                    // mostly a recent deposit, sometimes an old one, sometimes a correction of a correction
                    int pick = random.nextInt(4) == 0 ? random.nextInt(deposits.size())
                            : Math.max(0, deposits.size() - 1 - random.nextInt(3));
                    books.corrected(deposits.get(pick).seq(), today).ifPresent(correction -> {
                        if (random.nextInt(4) == 0) {
                            books.corrected(correction.seq(), today);
                        }
                    });
                }
            }
            Map<PersonId, LocalDate> members = members(joins, dayZero.plusDays(days));
            SavingsBook book = state.book();
            RegularityFigures current = books.caughtUp(state.figures()).filter(f -> f.agreesWith(members))
                    .orElseGet(() -> books.replay(book, members));
            assertEqualsReplay(current, books, book, members, seed);
        }
        assertThat(closes).isGreaterThan(1_000);
        // these histories are harsh (deposits on a closed round's day, reports posted across closes,
        // corrections of old deposits), yet a good share of closes counts forward without a rebuild
        assertThat(closes - rebuilds).isGreaterThan(closes / 3);
    }

    /** The savings book and the figures after a close; {@code rebuilt} when the figures had to be replayed for it. */
    private record Closed(SavingsBook book, RegularityFigures figures, boolean rebuilt) {
    }

    /**
     * As the bot's {@code /closeround}: when the next round is due by {@code today} (and the treasurer gets
     * to it), catches the figures up, rebuilding them when they cannot be, and counts the round in.
     * Answers {@code before} itself when no round was closed.
     */
    private static Closed closeIfDue(Random random, LocalDate today, Books books, Closed before,
                                     Map<PersonId, LocalDate> members) {
        SavingsBook book = before.book();
        int next = book.closedRoundCount() + 1;
        if (book.agreement().dueDate(next).isAfter(today) || random.nextInt(3) == 0) {
            return before;
        }
        Optional<RegularityFigures> caughtUp = books.caughtUp(before.figures()).filter(f -> f.agreesWith(members));
        RegularityFigures current = caughtUp.orElseGet(() -> books.replay(book, members));
        SavingsBook closed = book.closeRound(next, TREASURER, TREASURER_ROLES, noonOn(today)).orElseThrow();
        return new Closed(closed, current.close(closed.round(next), book.agreement().amountPerRound(), members),
                caughtUp.isEmpty());
    }

    private static Map<PersonId, LocalDate> members(Map<PersonId, LocalDate> joins, LocalDate today) {
        Map<PersonId, LocalDate> members = new HashMap<>();
        joins.forEach((person, since) -> {
            if (!since.isAfter(today)) {
                members.put(person, since);
            }
        });
        return members;
    }

    private static void assertEqualsReplay(RegularityFigures running, Books books, SavingsBook book,
                                           Map<PersonId, LocalDate> members, long seed) {
        RegularityFigures replayed = books.replay(book, members);
        String history = "seed " + seed + ", round " + book.closedRoundCount();
        assertThat(running.closedRounds()).as(history).isEqualTo(replayed.closedRounds());
        assertThat(running.lastClosedDue()).as(history).isEqualTo(replayed.lastClosedDue());
        assertThat(running.carried()).as(history).isEqualTo(replayed.carried());
        for (PersonId member : members.keySet()) {
            assertThat(running.of(member)).as(history + ", " + member).isEqualTo(replayed.of(member));
            assertThat(running.savedBy(member)).as(history + ", " + member).isEqualTo(replayed.savedBy(member));
            assertThat(running.of(member)).as(history + ", " + member)
                    .isEqualTo(book.regularity(member, members.get(member),
                            PaidDeposit.fromBooks(books.ledger, books.postedReports, TEHRAN)));
        }
    }

    @Test
    void aMembersDuesCountTheirRoundsWithoutWalkingThemAndMatchTheStandings() {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            Rhythm rhythm = Rhythm.values()[random.nextInt(Rhythm.values().length)];
            SavingsAgreement agreement = new SavingsAgreement(toman(1_000L * (1 + random.nextInt(50))), rhythm,
                    LocalDate.of(2024, 1, 1).plusDays(random.nextInt(60)));
            LocalDate since = LocalDate.of(2023, 12, 1).plusDays(random.nextInt(900));
            LocalDate today = since.plusDays(random.nextInt(1_000));
            long saved = random.nextInt(4) == 0 ? 0 : 1_000L * random.nextInt(5_000_000 / 1_000);
            SavingsBook book = SavingsBook.start(agreement, TEHRAN);
            int closedRounds = 0;
            while (closedRounds < 300 && random.nextBoolean() && !agreement.dueDate(closedRounds + 1).isAfter(today)) {
                closedRounds++;
                book = book.closeRound(closedRounds, TREASURER, TREASURER_ROLES, noonOn(today)).orElseThrow();
            }
            List<PaidDeposit> paid = saved > 0 ? List.of(new PaidDeposit(MINA, Money.ofRials(saved), today)) : List.of();
            long walked = book.standings(MINA, since, paid, today).stream()
                    .mapToLong(s -> s.due().rials() - s.paid().rials()).sum();
            int lastRound = Math.max(closedRounds, agreement.roundsDueBy(today));
            int naiveDueBy = 0;
            while (!agreement.dueDate(naiveDueBy + 1).isAfter(today)) {
                naiveDueBy++;
            }

            assertThat(agreement.roundsDueBy(today)).as("seed " + seed).isEqualTo(naiveDueBy);
            assertThat(agreement.owedThrough(since, saved, lastRound).rials()).as("seed " + seed).isEqualTo(walked);
        }
    }
}
