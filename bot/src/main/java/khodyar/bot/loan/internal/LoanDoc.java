package khodyar.bot.loan.internal;

import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.loan.Instalment;
import khodyar.domain.loan.InstalmentRhythm;
import khodyar.domain.loan.InterestMethod;
import khodyar.domain.loan.Loan;
import khodyar.domain.loan.LoanId;
import khodyar.domain.loan.LoanStatus;
import khodyar.domain.loan.LoanTerms;
import khodyar.domain.loan.Repayment;
import khodyar.domain.loan.Schedule;
import khodyar.domain.loan.ServiceFee;
import khodyar.domain.money.Money;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A loan as stored: every field of the domain's {@link Loan}, dates as ISO text (no time-zone
 * shift on the way through the driver), the proposal that decides it, and a version for the
 * optimistic lock (two treasurers pressing at once cannot both move it).
 */
@Document("loans")
public record LoanDoc(
        @Id String id,
        String groupId,
        long borrower,
        long principalRials,
        int months,
        String purpose,
        InterestMethod method,
        String ratePercent,
        String feeKind,
        String feeValue,
        InstalmentRhythm rhythm,
        RoundingMode rounding,
        List<InstalmentDoc> instalments,
        List<RepaymentDoc> repayments,
        LoanStatus status,
        Instant requestedAt,
        Instant decidedAt,
        String disbursedOn,
        String closedOn,
        String proposalId,
        @Version Long version) {

    public record InstalmentDoc(int number, String dueDate, long principal, long interest, long fee, long remaining) {
    }

    public record RepaymentDoc(String key, String date, long amount, long fee, long interest, long principal) {
    }

    public LoanDoc {
        instalments = instalments == null ? List.of() : List.copyOf(instalments);
        repayments = repayments == null ? List.of() : List.copyOf(repayments);
    }

    public static LoanDoc of(Loan loan, String proposalId, Long version) {
        LoanTerms terms = loan.terms();
        String feeKind;
        String feeValue;
        if (terms.serviceFee() instanceof ServiceFee.Fixed fixed) {
            feeKind = "fixed";
            feeValue = Long.toString(fixed.amount().rials());
        } else if (terms.serviceFee() instanceof ServiceFee.PercentOfPrincipal percent) {
            feeKind = "percent";
            feeValue = percent.percent().toPlainString();
        } else {
            feeKind = "none";
            feeValue = null;
        }
        return new LoanDoc(loan.id().value(), loan.groupId().value(), loan.borrower().value(),
                loan.principal().rials(), loan.months(), loan.purpose(), terms.method(),
                terms.annualRatePercent().toPlainString(), feeKind, feeValue, terms.rhythm(), terms.rounding(),
                loan.schedule().instalments().stream().map(i -> new InstalmentDoc(i.number(), i.dueDate().toString(),
                        i.principal().rials(), i.interest().rials(), i.fee().rials(), i.remainingPrincipal().rials()))
                        .toList(),
                loan.repayments().stream().map(r -> new RepaymentDoc(r.key(), r.date().toString(), r.amount().rials(),
                        r.fee().rials(), r.interest().rials(), r.principal().rials())).toList(),
                loan.status(), loan.requestedAt(), loan.decidedAt().orElse(null),
                loan.disbursedOn().map(LocalDate::toString).orElse(null),
                loan.closedOn().map(LocalDate::toString).orElse(null), proposalId, version);
    }

    /** The same document after the loan moved on, keeping the proposal and the version read. */
    public LoanDoc with(Loan moved) {
        return of(moved, proposalId, version);
    }

    public LoanDoc withProposal(String proposal) {
        return new LoanDoc(id, groupId, borrower, principalRials, months, purpose, method, ratePercent, feeKind,
                feeValue, rhythm, rounding, instalments, repayments, status, requestedAt, decidedAt, disbursedOn,
                closedOn, proposal, version);
    }

    public Loan toLoan() {
        ServiceFee fee = switch (feeKind) {
            case "fixed" -> ServiceFee.fixed(Money.ofRials(Long.parseLong(feeValue)));
            case "percent" -> ServiceFee.percentOfPrincipal(new BigDecimal(feeValue));
            default -> ServiceFee.NONE;
        };
        LoanTerms terms = new LoanTerms(method, new BigDecimal(ratePercent), fee, rhythm, rounding);
        Schedule schedule = new Schedule(instalments.stream().map(i -> new Instalment(i.number(),
                LocalDate.parse(i.dueDate()), Money.ofRials(i.principal()), Money.ofRials(i.interest()),
                Money.ofRials(i.fee()), Money.ofRials(i.principal() + i.interest() + i.fee()),
                Money.ofRials(i.remaining()))).toList());
        List<Repayment> paid = repayments.stream().map(r -> new Repayment(r.key(), LocalDate.parse(r.date()),
                Money.ofRials(r.amount()), Money.ofRials(r.fee()), Money.ofRials(r.interest()),
                Money.ofRials(r.principal()))).toList();
        return Loan.restore(new LoanId(id), new GroupId(groupId), new PersonId(borrower), Money.ofRials(principalRials),
                months, purpose, terms, schedule, paid, status, requestedAt, decidedAt,
                disbursedOn == null ? null : LocalDate.parse(disbursedOn),
                closedOn == null ? null : LocalDate.parse(closedOn));
    }
}
