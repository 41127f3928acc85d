package khodyar.domain.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;
import khodyar.domain.money.Money;

/**
 * The group's savings rounds under its agreement, and what each member owed and paid in each.
 * Deposits fill a member's rounds in order: the k-th round due for them is paid on the day their
 * deposits first add up to k times the agreed amount, and on time if that day is not after its due date.
 *
 * @param closedRounds the rounds closed so far, 1..n in order
 * @param zone         the group's time zone, which decides what day "now" is
 */
public record SavingsBook(SavingsAgreement agreement, ZoneId zone, List<SavingsRound> closedRounds) {

    public SavingsBook {
        if (agreement == null || zone == null) {
            throw new IllegalArgumentException("savings book needs the agreement and the group's time zone");
        }
        closedRounds = List.copyOf(closedRounds);
        for (int i = 0; i < closedRounds.size(); i++) {
            SavingsRound round = closedRounds.get(i);
            if (round.number() != i + 1 || !round.closed()) {
                throw new IllegalArgumentException("closed rounds run 1..n in order");
            }
        }
    }

    public static SavingsBook start(SavingsAgreement agreement, ZoneId zone) {
        return new SavingsBook(agreement, zone, List.of());
    }

    public int closedRoundCount() {
        return closedRounds.size();
    }

    public SavingsRound round(int number) {
        if (number <= closedRounds.size()) {
            return closedRounds.get(number - 1);
        }
        return SavingsRound.open(number, agreement.dueDate(number));
    }

    /** Closes round {@code number}: a treasurer only, the next round in order, once it has fallen due. */
    public Outcome<SavingsBook> closeRound(int number, PersonId by, Set<Role> byRoles, Instant at) {
        if (!byRoles.contains(Role.TREASURER)) {
            return Outcome.refused("ledger.refused.notTreasurer");
        }
        if (number <= closedRounds.size()) {
            return Outcome.refused("savings.refused.roundClosed", number);
        }
        int next = closedRounds.size() + 1;
        if (number != next) {
            return Outcome.refused("savings.refused.closeOutOfOrder", number, next);
        }
        SavingsRound round = round(number);
        if (round.dueDate().isAfter(at.atZone(zone).toLocalDate())) {
            return Outcome.refused("savings.refused.roundNotDue", number);
        }
        List<SavingsRound> closed = new ArrayList<>(closedRounds);
        closed.add(round.close(by, at));
        return Outcome.done(new SavingsBook(agreement, zone, closed));
    }

    /**
     * The member's standing in every round due for them by {@code today} or already closed. Rounds
     * that fell due before the member joined are not theirs.
     */
    public List<RoundStanding> standings(PersonId member, LocalDate memberSince, List<PaidDeposit> deposits,
                                         LocalDate today) {
        int lastRound = Math.max(closedRounds.size(), agreement.roundsDueBy(today));
        List<PaidDeposit> theirs = deposits.stream()
                .filter(d -> d.member().equals(member) && !d.paidOn().isAfter(today))
                .sorted(Comparator.comparing(PaidDeposit::paidOn))
                .toList();
        long totalPaid = theirs.stream().mapToLong(d -> d.amount().rials()).reduce(0, Math::addExact);
        long perRound = agreement.amountPerRound().rials();

        List<RoundStanding> standings = new ArrayList<>();
        int roundsOwed = 0;
        for (int number = 1; number <= lastRound; number++) {
            SavingsRound round = round(number);
            if (round.dueDate().isBefore(memberSince)) {
                continue;
            }
            roundsOwed++;
            long owedThrough = Math.multiplyExact(perRound, roundsOwed);
            LocalDate paidOn = dayTotalReached(theirs, owedThrough);
            long paidHere = Math.max(0, Math.min(perRound, totalPaid - (owedThrough - perRound)));
            standings.add(new RoundStanding(round, agreement.amountPerRound(), Money.ofRials(paidHere), paidOn,
                    status(round, paidOn, paidHere)));
        }
        return standings;
    }

    /** The member's closed rounds paid on time, out of closed rounds due for them. */
    public Regularity regularity(PersonId member, LocalDate memberSince, List<PaidDeposit> deposits) {
        LocalDate lastClosedDay = closedRounds.isEmpty()
                ? agreement.firstDueDate().minusDays(1)
                : closedRounds.get(closedRounds.size() - 1).dueDate();
        // only closed rounds count; payments after the last close cannot make a closed round on time
        List<RoundStanding> closed = standings(member, memberSince, deposits, lastClosedDay).stream()
                .filter(s -> s.round().closed())
                .toList();
        int onTime = (int) closed.stream().filter(s -> s.status() == RoundStanding.Status.ON_TIME).count();
        return new Regularity(onTime, closed.size());
    }

    /** The whole group's regularity: all members' on-time rounds over all their due rounds. */
    public Regularity groupRegularity(Map<PersonId, LocalDate> membersSince, List<PaidDeposit> deposits) {
        return membersSince.entrySet().stream()
                .map(member -> regularity(member.getKey(), member.getValue(), deposits))
                .reduce(Regularity.NONE_DUE, Regularity::plus);
    }

    private static LocalDate dayTotalReached(List<PaidDeposit> depositsByDay, long target) {
        long running = 0;
        for (PaidDeposit deposit : depositsByDay) {
            running = Math.addExact(running, deposit.amount().rials());
            if (running >= target) {
                return deposit.paidOn();
            }
        }
        return null;
    }

    private static RoundStanding.Status status(SavingsRound round, LocalDate paidOn, long paidHere) {
        if (paidOn != null) {
            return paidOn.isAfter(round.dueDate()) ? RoundStanding.Status.LATE : RoundStanding.Status.ON_TIME;
        }
        return paidHere > 0 ? RoundStanding.Status.PARTLY_PAID : RoundStanding.Status.UNPAID;
    }
}
