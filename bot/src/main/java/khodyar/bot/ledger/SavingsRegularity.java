package khodyar.bot.ledger;

import khodyar.bot.group.Membership;
import khodyar.bot.ledger.internal.Entries;
import khodyar.bot.ledger.internal.LedgerPeople;
import khodyar.bot.ledger.internal.LedgerStore;
import khodyar.bot.ledger.internal.PendingDoc;
import khodyar.bot.ledger.internal.RegularityDoc;
import khodyar.bot.ledger.internal.SavingsDoc;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.BookedDeposit;
import khodyar.domain.ledger.Ledger;
import khodyar.domain.ledger.PaidDeposit;
import khodyar.domain.ledger.PendingEntry;
import khodyar.domain.ledger.RegularityFigures;
import khodyar.domain.ledger.Regularity;
import khodyar.domain.ledger.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Each member's savings regularity from the running figures kept in the savings agreement's document:
 * read, caught up with the few entries since they were last written (by ids), and written back. They
 * are rebuilt by replaying the whole books only when missing (data older than them) or when an entry
 * changed a closed round (a report of the round's day posted after its close, a correction of a counted
 * deposit), or the members are not those they were counted for.
 */
@Component
public class SavingsRegularity {

    private static final Logger log = LoggerFactory.getLogger(SavingsRegularity.class);

    private final LedgerStore store;
    private final LedgerPeople people;
    private final LedgerHistory history;

    public SavingsRegularity(LedgerStore store, LedgerPeople people, LedgerHistory history) {
        this.store = store;
        this.people = people;
        this.history = history;
    }

    /** Each current member's regularity over the closed rounds, by Telegram id; empty before the agreement (O3). */
    public Map<Long, Regularity> byMember(String groupId) {
        return store.savings(groupId).map(agreement -> {
            List<Membership> members = people.members(groupId);
            RegularityFigures figures = current(agreement, membersSince(members));
            Map<Long, Regularity> regularity = new LinkedHashMap<>();
            members.forEach(m -> regularity.put(m.userId(), figures.of(new PersonId(m.userId()))));
            return regularity;
        }).orElse(Map.of());
    }

    /** The group's regularity: all members' on-time rounds over all their due rounds. */
    public Regularity ofGroup(String groupId) {
        return byMember(groupId).values().stream().reduce(Regularity.NONE_DUE, Regularity::plus);
    }

    /**
     * The figures for the rounds closed in {@code agreement}, caught up with the books (and stored), for
     * the members as they are now: what {@code /closeround} counts the next round on.
     */
    RegularityFigures current(SavingsDoc agreement, Map<PersonId, LocalDate> members) {
        GroupId group = new GroupId(agreement.groupId());
        Optional<RegularityFigures> stored = Optional.ofNullable(agreement.regularity()).map(RegularityDoc::toFigures)
                .filter(figures -> figures.closedRounds() == agreement.closedCount());
        Optional<RegularityFigures> caughtUp = stored
                .flatMap(figures -> figures.catchUp(store.tailAfter(group, figures.throughSeq()),
                        entry -> paidOn(group, entry), seq -> store.bySeq(group, seq)))
                .filter(figures -> figures.agreesWith(members));
        RegularityFigures figures = caughtUp.orElseGet(() -> rebuilt(agreement, members));
        if (!stored.equals(Optional.of(figures))) {
            store.saveRegularity(agreement.groupId(), RegularityDoc.of(figures));
        }
        return figures;
    }

    Map<PersonId, LocalDate> membersSince(List<Membership> members) {
        Map<PersonId, LocalDate> since = new LinkedHashMap<>();
        members.forEach(m -> since.put(new PersonId(m.userId()), m.joinedAt().atZone(people.zone()).toLocalDate()));
        return since;
    }

    Map<PersonId, LocalDate> membersSince(String groupId) {
        return membersSince(people.members(groupId));
    }

    /** Today's definition, replaying every deposit of the books against every closed round. */
    private RegularityFigures rebuilt(SavingsDoc agreement, Map<PersonId, LocalDate> members) {
        log.info("rebuilding the regularity figures of group {} from its books ({} rounds closed)",
                agreement.groupId(), agreement.closedCount());
        GroupId group = new GroupId(agreement.groupId());
        List<Transaction> entries;
        try (Stream<Transaction> all = history.transactions(agreement.groupId())) {
            entries = all.toList();
        }
        Ledger books = Ledger.of(group, entries);
        List<PendingEntry> reports = store.posted(agreement.groupId()).stream().map(PendingDoc::toEntry).toList();
        List<BookedDeposit> deposits = PaidDeposit.booked(books, reports, people.zone());
        return RegularityFigures.replay(agreement.book(people.zone()), members, deposits, books.lastSeq());
    }

    /**
     * The day a deposit entry counts from, as {@link PaidDeposit#fromBooks} dates it: the day of the
     * report it was posted from (found by id, from the entry's key), or its own day.
     */
    private LocalDate paidOn(GroupId group, Transaction deposit) {
        return Entries.depositReportId(deposit.idempotencyKey())
                .flatMap(store::pending)
                .filter(report -> report.groupId().equals(group.value())
                        && deposit.idempotencyKey().equals(report.reportKey())
                        && report.state() == PendingEntry.State.POSTED)
                .map(PendingDoc::reportedAt)
                .orElse(deposit.at())
                .atZone(people.zone()).toLocalDate();
    }
}
