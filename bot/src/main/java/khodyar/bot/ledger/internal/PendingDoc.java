package khodyar.bot.ledger.internal;

import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.PendingEntry;
import khodyar.domain.money.Money;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A reported deposit or repayment waiting for a decision, as stored. Its state moves only by a
 * findAndModify guarded on {@code state = PENDING}, so of two confirmers pressing at once one wins.
 *
 * @param notices  the confirmation requests sent about it (whom, and under which outbox id), so the
 *                 others' copies can be edited once someone decided
 * @param appended whether the posted entry's transaction is in the ledger (a crash between the state
 *                 change and the append is repaired at start)
 */
@Document("ledger_pending")
public record PendingDoc(@Id String id, String groupId, PendingEntry.Kind kind, long member, boolean memberWasTreasurer,
                         String loanId, long rials, Instant reportedAt, String reportKey, PendingEntry.State state,
                         Long decidedBy, Instant decidedAt, String reason, List<Notice> notices, boolean appended) {

    public record Notice(long person, String outboxId) {
    }

    public PendingDoc {
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    public static PendingDoc of(PendingEntry entry) {
        return new PendingDoc(entry.id(), entry.groupId().value(), entry.kind(), entry.member().value(),
                entry.memberWasTreasurer(), entry.loanId(), entry.amount().rials(), entry.reportedAt(),
                entry.reportKey(), entry.state(), entry.decidedBy() == null ? null : entry.decidedBy().value(),
                entry.decidedAt(), entry.reason(), List.of(), false);
    }

    public PendingEntry toEntry() {
        return new PendingEntry(id, new GroupId(groupId), kind, new PersonId(member), memberWasTreasurer, loanId,
                Money.ofRials(rials), reportedAt, reportKey, state, decidedBy == null ? null : new PersonId(decidedBy),
                decidedAt, reason);
    }

    public boolean isPending() {
        return state == PendingEntry.State.PENDING;
    }

    public Money amount() {
        return Money.ofRials(rials);
    }
}
