package khodyar.bot.loan.internal;

import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.PendingEntry;
import khodyar.domain.money.Money;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A repayment a member reported, waiting for a treasurer: the domain's {@link PendingEntry} (its
 * four-eyes rule decides who may confirm) as stored, with a version so one decision wins.
 */
@Document("loan_repayment_reports")
public record RepaymentReportDoc(@Id String id, String groupId, long member, boolean memberWasTreasurer, String loanId,
                                 long amountRials, Instant reportedAt, String reportKey, PendingEntry.State state,
                                 Long decidedBy, Instant decidedAt, String reason, @Version Long version) {

    public static RepaymentReportDoc of(PendingEntry entry, Long version) {
        return new RepaymentReportDoc(entry.id(), entry.groupId().value(), entry.member().value(),
                entry.memberWasTreasurer(), entry.loanId(), entry.amount().rials(), entry.reportedAt(),
                entry.reportKey(), entry.state(), entry.decidedBy() == null ? null : entry.decidedBy().value(),
                entry.decidedAt(), entry.reason(), version);
    }

    public PendingEntry toEntry() {
        return new PendingEntry(id, new GroupId(groupId), PendingEntry.Kind.REPAYMENT, new PersonId(member),
                memberWasTreasurer, loanId, Money.ofRials(amountRials), reportedAt, reportKey, state,
                decidedBy == null ? null : new PersonId(decidedBy), decidedAt, reason);
    }

    public boolean isPending() {
        return state == PendingEntry.State.PENDING;
    }
}
