package khodyar.domain.loan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.money.Money;

/**
 * Zahra's sewing-machine loan: 3,000,000 rials over three months, flat 12% a year (1% a month,
 * 30,000 rials of interest an instalment) and a 2% service fee (60,000) with the first one.
 *
 * <pre>
 * n | due        | principal | interest | fee    | total
 * 1 | 2025-04-10 | 1,000,000 |   30,000 | 60,000 | 1,090,000
 * 2 | 2025-05-10 | 1,000,000 |   30,000 |      0 | 1,030,000
 * 3 | 2025-06-10 | 1,000,000 |   30,000 |      0 | 1,030,000   (3,150,000 in all)
 * </pre>
 */
final class LoanFixtures {

    static final GroupId GOLDEN_HANDS_GROUP = new GroupId("golden-hands");
    static final PersonId ZAHRA = new PersonId(1001);
    static final Instant REQUESTED_AT = Instant.parse("2025-03-01T08:00:00Z");
    static final Instant ASSEMBLY_DECIDED_AT = Instant.parse("2025-03-08T09:30:00Z");
    static final LocalDate PAID_OUT_ON = LocalDate.of(2025, 3, 10);
    static final LocalDate FIRST_DUE = LocalDate.of(2025, 4, 10);
    static final LocalDate SECOND_DUE = LocalDate.of(2025, 5, 10);
    static final LocalDate THIRD_DUE = LocalDate.of(2025, 6, 10);
    static final Money EVERYTHING_OWED = rials(3_150_000);

    static final LoanTerms FLAT_TWELVE_PERCENT_WITH_TWO_PERCENT_FEE = new LoanTerms(InterestMethod.FLAT,
            new BigDecimal("12"), ServiceFee.percentOfPrincipal(new BigDecimal("2")), InstalmentRhythm.MONTHLY,
            RoundingMode.HALF_UP);

    private LoanFixtures() {
    }

    static Money rials(long rials) {
        return Money.ofRials(rials);
    }

    static Loan zahrasRequestedLoan() {
        return aRequestedLoan("zahra-sewing-machine", rials(3_000_000));
    }

    static Loan aRequestedLoan(String id, Money principal) {
        return Loan.request(new LoanId(id), GOLDEN_HANDS_GROUP, ZAHRA, principal, 3, "sewing machine",
                FLAT_TWELVE_PERCENT_WITH_TWO_PERCENT_FEE, LocalDate.of(2025, 4, 1), REQUESTED_AT);
    }

    static Loan zahrasPaidOutLoan() {
        return paidOut(zahrasRequestedLoan());
    }

    static Loan paidOut(Loan requested) {
        return requested.approve(ASSEMBLY_DECIDED_AT).disburse(PAID_OUT_ON, FIRST_DUE);
    }

    static RepaymentApplied repay(Loan loan, long rials, LocalDate on, String key) {
        return loan.applyRepayment(rials(rials), on, key).orElseThrow();
    }

    static Loan loanIn(LoanStatus status) {
        return switch (status) {
            case REQUESTED -> zahrasRequestedLoan();
            case APPROVED -> zahrasRequestedLoan().approve(ASSEMBLY_DECIDED_AT);
            case REFUSED -> zahrasRequestedLoan().refuse(ASSEMBLY_DECIDED_AT);
            case DISBURSED -> zahrasPaidOutLoan();
            case REPAYING -> repay(zahrasPaidOutLoan(), 100_000, FIRST_DUE, "part-of-first").loan();
            case OVERDUE -> zahrasPaidOutLoan().markOverdue(FIRST_DUE.plusDays(1));
            case REPAID -> repay(zahrasPaidOutLoan(), 3_150_000, FIRST_DUE, "all-at-once").loan();
            case WRITTEN_OFF -> zahrasPaidOutLoan().writeOff(LocalDate.of(2025, 9, 1));
        };
    }
}
