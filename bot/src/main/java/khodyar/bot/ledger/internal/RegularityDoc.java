package khodyar.bot.ledger.internal;

import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.BookedDeposit;
import khodyar.domain.ledger.PaidDeposit;
import khodyar.domain.ledger.RegularityFigures;
import khodyar.domain.money.Money;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The running regularity figures as kept in the savings agreement's document: written with each
 * round's close, caught up by readers. Only a cache of the books: missing (older data) or behind in a
 * way that cannot be caught up, it is rebuilt from them.
 */
public record RegularityDoc(int closedRounds, LocalDate lastClosedDue, long throughSeq, List<MemberRow> members,
                            List<CarriedRow> carried) {

    /** @param since null when the person was not a member at the last close */
    public record MemberRow(long member, LocalDate since, long savedRials, int roundsDue, int roundsOnTime) {
    }

    public record CarriedRow(long seq, long member, long rials, LocalDate paidOn) {
    }

    public RegularityDoc {
        members = members == null ? List.of() : List.copyOf(members);
        carried = carried == null ? List.of() : List.copyOf(carried);
    }

    public static RegularityDoc of(RegularityFigures figures) {
        List<MemberRow> members = figures.members().entrySet().stream()
                .map(e -> new MemberRow(e.getKey().value(), e.getValue().since(), e.getValue().saved().rials(),
                        e.getValue().roundsDue(), e.getValue().roundsOnTime()))
                .sorted(java.util.Comparator.comparingLong(MemberRow::member)).toList();
        List<CarriedRow> carried = figures.carried().stream()
                .map(b -> new CarriedRow(b.seq(), b.deposit().member().value(), b.deposit().amount().rials(),
                        b.deposit().paidOn()))
                .toList();
        return new RegularityDoc(figures.closedRounds(), figures.lastClosedDue(), figures.throughSeq(), members, carried);
    }

    public RegularityFigures toFigures() {
        Map<PersonId, RegularityFigures.Tally> tallies = new HashMap<>();
        for (MemberRow row : members) {
            tallies.put(new PersonId(row.member()), new RegularityFigures.Tally(row.since(),
                    Money.ofRials(row.savedRials()), row.roundsDue(), row.roundsOnTime()));
        }
        List<BookedDeposit> deposits = carried.stream().map(row -> new BookedDeposit(row.seq(),
                new PaidDeposit(new PersonId(row.member()), Money.ofRials(row.rials()), row.paidOn()))).toList();
        return new RegularityFigures(closedRounds, lastClosedDue, throughSeq, tallies, deposits);
    }
}
