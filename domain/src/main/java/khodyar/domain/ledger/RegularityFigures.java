package khodyar.domain.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import khodyar.domain.group.PersonId;
import khodyar.domain.money.Money;

/**
 * Each member's savings regularity, kept up as rounds close so that reading it does not replay the
 * books. The rule is {@link SavingsBook}'s: the j-th round due for a member is on time when their
 * deposits dated on or before its due day add up to j times the agreed amount. So closing round k needs,
 * per member, only the total of their deposits dated on or before its due day. The figures keep that
 * total as of the last closed round ({@link Tally#saved}) and, apart, the deposits dated after it
 * ({@code carried}), which the next close counts in if they are dated on or before its due day.
 *
 * <p>An entry that changes what was paid on or before the last closed round's due day (a deposit posted
 * after the close from a report dated before it, a correction of a counted deposit) would change closed
 * rounds: {@link #catchUp} then answers empty and the caller rebuilds the figures from the books with
 * {@link #replay}, which is today's definition, and a test checks the two agree.
 *
 * @param closedRounds  how many closed rounds the figures count (rounds 1..n)
 * @param lastClosedDue the due day of round n, or null while no round is closed
 * @param throughSeq    the last ledger entry the figures have looked at
 * @param members       each member's running figures; a person without them has none due yet
 * @param carried       deposits in effect dated after {@code lastClosedDue}, not yet counted, by seq
 */
public record RegularityFigures(int closedRounds, LocalDate lastClosedDue, long throughSeq,
                                Map<PersonId, Tally> members, List<BookedDeposit> carried) {

    /**
     * One person's running figures.
     *
     * @param since        the day they joined, as counted at the last close; null when they were not a
     *                     member then (nothing was due for them)
     * @param saved        their deposits in effect dated on or before the last closed round's due day
     * @param roundsDue    closed rounds that were theirs
     * @param roundsOnTime of those, the ones paid in full by their due day
     */
    public record Tally(LocalDate since, Money saved, int roundsDue, int roundsOnTime) {

        static final Tally NOTHING = new Tally(null, Money.ZERO, 0, 0);

        public Tally {
            Objects.requireNonNull(saved, "saved");
            new Regularity(roundsOnTime, roundsDue);
            if (since == null && roundsDue > 0) {
                throw new IllegalArgumentException("rounds were due for someone who was not a member");
            }
        }

        public Regularity regularity() {
            return new Regularity(roundsOnTime, roundsDue);
        }
    }

    public RegularityFigures {
        if (closedRounds < 0 || throughSeq < 0 || (closedRounds == 0) != (lastClosedDue == null)) {
            throw new IllegalArgumentException("figures of " + closedRounds + " rounds through " + lastClosedDue
                    + " and seq " + throughSeq + " do not add up");
        }
        members = Map.copyOf(members);
        carried = carried.stream().sorted(Comparator.comparingLong(BookedDeposit::seq)).toList();
        for (BookedDeposit deposit : carried) {
            if (lastClosedDue != null && !deposit.deposit().paidOn().isAfter(lastClosedDue)) {
                throw new IllegalArgumentException("a deposit of " + deposit.deposit().paidOn()
                        + " belongs in the closed rounds, not carried");
            }
        }
    }

    /** Before the first round is closed and before any entry. */
    public static RegularityFigures none() {
        return new RegularityFigures(0, null, 0, Map.of(), List.of());
    }

    /** The member's closed rounds paid on time, out of closed rounds due for them. */
    public Regularity of(PersonId member) {
        return members.getOrDefault(member, Tally.NOTHING).regularity();
    }

    /** What the member saved by the last closed round's due day. */
    public Money savedBy(PersonId member) {
        return members.getOrDefault(member, Tally.NOTHING).saved();
    }

    /**
     * The figures after the entries that follow {@code throughSeq}, given in seq order (entries already
     * looked at are skipped; a gap is a bug). Deposits are carried to the next close; a correction of a
     * carried deposit drops it. Empty when an entry would change a closed round: a deposit dated on or
     * before the last closed round's due day, or a correction of a counted deposit or of a correction.
     *
     * @param paidOn  the day a deposit entry counts from (its report's day, or its own)
     * @param earlier an entry by seq, to learn what a correction corrects
     */
    public Optional<RegularityFigures> catchUp(List<Transaction> entries, Function<Transaction, LocalDate> paidOn,
                                               LongFunction<Optional<Transaction>> earlier) {
        long seq = throughSeq;
        List<BookedDeposit> carrying = new ArrayList<>(carried);
        Map<Long, Transaction> read = new HashMap<>();
        for (Transaction entry : entries) {
            if (entry.seq() <= seq) {
                continue;
            }
            if (entry.seq() != seq + 1) {
                throw new IllegalStateException("cannot catch up from seq " + seq + " to " + entry.seq());
            }
            read.put(entry.seq(), entry);
            if (entry.code() == TxCode.SAVINGS_DEPOSIT) {
                LocalDate day = paidOn.apply(entry);
                if (lastClosedDue != null && !day.isAfter(lastClosedDue)) {
                    return Optional.empty();
                }
                carrying.addAll(BookedDeposit.of(entry, day));
            } else if (entry.reverses() > 0) {
                long target = entry.reverses();
                if (!carrying.removeIf(deposit -> deposit.seq() == target)) {
                    Optional<Transaction> corrected = read.containsKey(target)
                            ? Optional.of(read.get(target)) : earlier.apply(target);
                    if (corrected.isEmpty() || corrected.get().code() == TxCode.SAVINGS_DEPOSIT
                            || corrected.get().code() == TxCode.CORRECTION) {
                        return Optional.empty();
                    }
                }
            }
            seq = entry.seq();
        }
        return Optional.of(new RegularityFigures(closedRounds, lastClosedDue, seq, members, carrying));
    }

    /**
     * Whether the figures were counted for the members as they are now: each member joined on the day
     * the figures counted with, or neither that day nor the current one has any closed round due.
     * When not, the caller rebuilds them ({@link #replay}).
     */
    public boolean agreesWith(Map<PersonId, LocalDate> membersSince) {
        if (lastClosedDue == null) {
            return true;
        }
        for (Map.Entry<PersonId, LocalDate> member : membersSince.entrySet()) {
            LocalDate counted = members.getOrDefault(member.getKey(), Tally.NOTHING).since();
            LocalDate now = member.getValue();
            if (!Objects.equals(counted, now) && !(noneClosedDue(counted) && noneClosedDue(now))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Counts the round just closed: the carried deposits dated on or before its due day are added to
     * each one's savings, then for every member whose round it is, it is due, and on time if their
     * savings reach the amount of all their rounds so far. Someone no longer a member keeps their
     * savings and has nothing due. The figures must be caught up and agree with the members.
     *
     * @param round the round, closed, numbered one after the figures' last
     */
    public RegularityFigures close(SavingsRound round, Money amountPerRound, Map<PersonId, LocalDate> membersSince) {
        if (!round.closed() || round.number() != closedRounds + 1) {
            throw new IllegalStateException("round " + round.number() + " (closed: " + round.closed()
                    + ") does not follow the " + closedRounds + " counted");
        }
        if (lastClosedDue != null && !round.dueDate().isAfter(lastClosedDue)) {
            throw new IllegalStateException("round " + round.number() + " falls due before the last one counted");
        }
        if (!agreesWith(membersSince)) {
            throw new IllegalStateException("the figures were counted for other members: rebuild them first");
        }
        LocalDate due = round.dueDate();
        Map<PersonId, Money> saved = new HashMap<>();
        members.forEach((person, tally) -> saved.put(person, tally.saved()));
        List<BookedDeposit> stillCarried = new ArrayList<>();
        for (BookedDeposit booked : carried) {
            PaidDeposit deposit = booked.deposit();
            if (deposit.paidOn().isAfter(due)) {
                stillCarried.add(booked);
            } else {
                saved.merge(deposit.member(), deposit.amount(), Money::plus);
            }
        }
        Set<PersonId> everyone = new LinkedHashSet<>(saved.keySet());
        everyone.addAll(membersSince.keySet());
        Map<PersonId, Tally> next = new HashMap<>();
        for (PersonId person : everyone) {
            Tally before = members.getOrDefault(person, Tally.NOTHING);
            Money theirs = saved.getOrDefault(person, Money.ZERO);
            LocalDate since = membersSince.get(person);
            if (since == null) {
                next.put(person, new Tally(null, theirs, 0, 0));
                continue;
            }
            int roundsDue = before.roundsDue();
            int onTime = before.roundsOnTime();
            if (!due.isBefore(since)) {
                roundsDue++;
                if (theirs.rials() >= Math.multiplyExact(amountPerRound.rials(), roundsDue)) {
                    onTime++;
                }
            }
            next.put(person, new Tally(since, theirs, roundsDue, onTime));
        }
        return new RegularityFigures(round.number(), due, throughSeq, next, stillCarried);
    }

    /**
     * The figures rebuilt from the books: each member's regularity by {@link SavingsBook#regularity}
     * (replaying every deposit against every closed round), their savings by the last closed round's
     * due day, and the later deposits carried.
     *
     * @param deposits   the deposits in effect through {@code throughSeq} ({@link PaidDeposit#booked})
     * @param throughSeq the last entry of the books replayed
     */
    public static RegularityFigures replay(SavingsBook book, Map<PersonId, LocalDate> membersSince,
                                           List<BookedDeposit> deposits, long throughSeq) {
        List<SavingsRound> closed = book.closedRounds();
        LocalDate lastDue = closed.isEmpty() ? null : closed.get(closed.size() - 1).dueDate();
        Map<PersonId, Money> saved = new HashMap<>();
        List<BookedDeposit> carried = new ArrayList<>();
        for (BookedDeposit booked : deposits) {
            PaidDeposit deposit = booked.deposit();
            if (lastDue == null || deposit.paidOn().isAfter(lastDue)) {
                carried.add(booked);
            } else {
                saved.merge(deposit.member(), deposit.amount(), Money::plus);
            }
        }
        List<PaidDeposit> paid = deposits.stream().map(BookedDeposit::deposit).toList();
        Map<PersonId, Tally> tallies = new HashMap<>();
        saved.forEach((person, theirs) -> tallies.put(person, new Tally(null, theirs, 0, 0)));
        if (lastDue != null) {
            membersSince.forEach((person, since) -> {
                Regularity regularity = book.regularity(person, since, paid);
                tallies.put(person, new Tally(since, saved.getOrDefault(person, Money.ZERO), regularity.roundsDue(),
                        regularity.roundsOnTime()));
            });
        }
        return new RegularityFigures(closed.size(), lastDue, throughSeq, tallies, carried);
    }

    /** Whether no closed round fell due on or after {@code since} (null: not a member). */
    private boolean noneClosedDue(LocalDate since) {
        return since == null || since.isAfter(lastClosedDue);
    }
}
