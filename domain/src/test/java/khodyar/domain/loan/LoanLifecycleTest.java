package khodyar.domain.loan;

import static khodyar.domain.loan.LoanFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LoanLifecycleTest {

    private static final LocalDate A_LATE_DAY = FIRST_DUE.plusDays(1);

    /** Every transition, applied where its date precondition holds so that only the status decides. */
    private static final Map<String, Function<Loan, Loan>> TRANSITIONS = Map.of(
            "approve", loan -> loan.approve(ASSEMBLY_DECIDED_AT),
            "refuse", loan -> loan.refuse(ASSEMBLY_DECIDED_AT),
            "disburse", loan -> loan.disburse(PAID_OUT_ON, FIRST_DUE),
            "repay", loan -> loan.applyRepayment(rials(10_000), A_LATE_DAY, "new-key").orElseThrow().loan(),
            "markOverdue", loan -> loan.markOverdue(A_LATE_DAY),
            "markCaughtUp", loan -> loan.markCaughtUp(FIRST_DUE),
            "writeOff", loan -> loan.writeOff(A_LATE_DAY));

    private static final Map<String, Set<LoanStatus>> ALLOWED_FROM = Map.of(
            "approve", EnumSet.of(LoanStatus.REQUESTED),
            "refuse", EnumSet.of(LoanStatus.REQUESTED),
            "disburse", EnumSet.of(LoanStatus.APPROVED),
            "repay", EnumSet.of(LoanStatus.DISBURSED, LoanStatus.REPAYING, LoanStatus.OVERDUE),
            "markOverdue", EnumSet.of(LoanStatus.DISBURSED, LoanStatus.REPAYING),
            "markCaughtUp", EnumSet.of(LoanStatus.OVERDUE),
            "writeOff", EnumSet.of(LoanStatus.DISBURSED, LoanStatus.REPAYING, LoanStatus.OVERDUE));

    @ParameterizedTest
    @EnumSource(LoanStatus.class)
    void eachTransitionIsAllowedOnlyFromItsStatusesAndFailsLoudlyElsewhere(LoanStatus status) {
        Loan loan = loanIn(status);
        assertThat(loan.status()).isEqualTo(status);

        TRANSITIONS.forEach((name, transition) -> {
            if (ALLOWED_FROM.get(name).contains(status)) {
                assertThat(transition.apply(loan)).as(name + " from " + status).isNotNull();
            } else {
                assertThatThrownBy(() -> transition.apply(loan)).as(name + " from " + status)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining(status.name());
            }
        });
    }

    @Test
    void aTransitionLeavesTheOriginalLoanAsItWas() {
        Loan requested = zahrasRequestedLoan();

        Loan approved = requested.approve(ASSEMBLY_DECIDED_AT);

        assertThat(requested.status()).isEqualTo(LoanStatus.REQUESTED);
        assertThat(requested.decidedAt()).isEmpty();
        assertThat(approved.status()).isEqualTo(LoanStatus.APPROVED);
        assertThat(approved.decidedAt()).contains(ASSEMBLY_DECIDED_AT);
    }

    @Test
    void theRequestShowsASchedulePlannedFromTheProposedFirstDueDate() {
        Loan requested = zahrasRequestedLoan();

        assertThat(requested.schedule().size()).isEqualTo(3);
        assertThat(requested.schedule().instalment(1).dueDate()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(requested.schedule().total()).isEqualTo(EVERYTHING_OWED);
    }

    @Test
    void payingOutSetsTheScheduleFromTheActualFirstDueDate() {
        Loan paidOut = zahrasPaidOutLoan();

        assertThat(paidOut.status()).isEqualTo(LoanStatus.DISBURSED);
        assertThat(paidOut.disbursedOn()).contains(PAID_OUT_ON);
        assertThat(paidOut.schedule().instalments()).extracting(Instalment::dueDate)
                .containsExactly(FIRST_DUE, SECOND_DUE, THIRD_DUE);
        assertThat(paidOut.stillOwed()).isEqualTo(EVERYTHING_OWED);
    }

    @Test
    void theFirstInstalmentFallsDueAfterThePayout() {
        Loan approved = zahrasRequestedLoan().approve(ASSEMBLY_DECIDED_AT);

        assertThatThrownBy(() -> approved.disburse(PAID_OUT_ON, PAID_OUT_ON))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLoanIsNotOverdueOnTheDueDateButIsTheDayAfter() {
        Loan paidOut = zahrasPaidOutLoan();

        assertThat(paidOut.followUp(FIRST_DUE).status()).isEqualTo(LoanStatus.DISBURSED);
        Loan dayAfter = paidOut.followUp(FIRST_DUE.plusDays(1));

        assertThat(dayAfter.status()).isEqualTo(LoanStatus.OVERDUE);
        assertThat(dayAfter.lateInstalments(FIRST_DUE.plusDays(1))).extracting(Instalment::number).containsExactly(1);
    }

    @Test
    void markingOverdueNeedsALateInstalment() {
        Loan paidOut = zahrasPaidOutLoan();

        assertThatThrownBy(() -> paidOut.markOverdue(FIRST_DUE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void markingCaughtUpNeedsNothingLate() {
        Loan overdue = zahrasPaidOutLoan().markOverdue(A_LATE_DAY);

        assertThatThrownBy(() -> overdue.markCaughtUp(A_LATE_DAY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void catchingUpOnTheLateInstalmentReturnsTheLoanToRepaying() {
        // given
        Loan overdue = zahrasPaidOutLoan().followUp(A_LATE_DAY);

        // when
        RepaymentApplied result = repay(overdue, 1_090_000, FIRST_DUE.plusDays(3), "late-first");

        // then
        assertThat(result.loan().status()).isEqualTo(LoanStatus.REPAYING);
        assertThat(result.loan().followUp(FIRST_DUE.plusDays(3))).isSameAs(result.loan());
    }

    @Test
    void aPartPaymentOfALateInstalmentLeavesTheLoanOverdue() {
        Loan overdue = zahrasPaidOutLoan().followUp(A_LATE_DAY);

        RepaymentApplied result = repay(overdue, 50_000, A_LATE_DAY, "a-little");

        assertThat(result.loan().status()).isEqualTo(LoanStatus.OVERDUE);
    }

    @Test
    void followUpLeavesLoansThatAreNotOutAlone() {
        for (LoanStatus status : EnumSet.of(LoanStatus.REQUESTED, LoanStatus.APPROVED, LoanStatus.REFUSED,
                LoanStatus.REPAID, LoanStatus.WRITTEN_OFF)) {
            Loan loan = loanIn(status);

            assertThat(loan.followUp(THIRD_DUE.plusYears(1))).as(status.name()).isSameAs(loan);
        }
    }

    @Test
    void aWrittenOffLoanIsClosedOnTheDayOfTheVote() {
        Loan writtenOff = zahrasPaidOutLoan().writeOff(LocalDate.of(2025, 9, 1));

        assertThat(writtenOff.status()).isEqualTo(LoanStatus.WRITTEN_OFF);
        assertThat(writtenOff.closedOn()).contains(LocalDate.of(2025, 9, 1));
        assertThat(writtenOff.nextDue()).isEmpty();
        assertThat(writtenOff.lateInstalments(LocalDate.of(2025, 9, 2))).isEmpty();
    }

    @Test
    void fromRequestThroughEveryRepaymentToRepaid() {
        // given
        Loan loan = zahrasPaidOutLoan();

        // when three instalments are paid on their due dates
        RepaymentApplied first = repay(loan, 1_090_000, FIRST_DUE, "first");
        RepaymentApplied second = repay(first.loan(), 1_030_000, SECOND_DUE, "second");
        RepaymentApplied third = repay(second.loan(), 1_030_000, THIRD_DUE, "third");

        // then
        assertThat(first.loan().status()).isEqualTo(LoanStatus.REPAYING);
        assertThat(second.stillOwed()).isEqualTo(rials(1_030_000));
        assertThat(second.nextDue()).contains(new RepaymentApplied.NextDue(3, THIRD_DUE, rials(1_030_000)));
        assertThat(third.loan().status()).isEqualTo(LoanStatus.REPAID);
        assertThat(third.loan().closedOn()).contains(THIRD_DUE);
        assertThat(third.stillOwed()).isEqualTo(rials(0));
        assertThat(third.nextDue()).isEmpty();
        assertThat(third.loan().paidPrincipal()).isEqualTo(rials(3_000_000));
        assertThat(third.loan().paidInterest()).isEqualTo(rials(90_000));
        assertThat(third.loan().paidFee()).isEqualTo(rials(60_000));
        assertThat(third.loan().repayments()).hasSize(3);
    }
}
