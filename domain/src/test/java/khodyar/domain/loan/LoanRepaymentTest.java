package khodyar.domain.loan;

import static khodyar.domain.loan.LoanFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import khodyar.domain.common.Outcome;
import khodyar.domain.common.Refusal;

/** The allocation rule: fee due, interest due, principal due, then principal of the next instalments. */
class LoanRepaymentTest {

    @Test
    void aFullInstalmentOnItsDueDatePaysItsFeeInterestAndPrincipal() {
        // given
        Loan loan = zahrasPaidOutLoan();

        // when
        RepaymentApplied result = repay(loan, 1_090_000, FIRST_DUE, "update-501");

        // then
        assertThat(result.repayment()).isEqualTo(
                new Repayment("update-501", FIRST_DUE, rials(1_090_000), rials(60_000), rials(30_000), rials(1_000_000)));
        assertThat(result.stillOwed()).isEqualTo(rials(2_060_000));
        assertThat(result.nextDue()).contains(new RepaymentApplied.NextDue(2, SECOND_DUE, rials(1_030_000)));
        assertThat(result.alreadyApplied()).isFalse();
    }

    @Test
    void aPartPaymentGoesToTheFeeAndInterestBeforeAnyPrincipal() {
        Loan loan = zahrasPaidOutLoan();

        RepaymentApplied result = repay(loan, 70_000, FIRST_DUE, "small");

        assertThat(result.repayment().fee()).isEqualTo(rials(60_000));
        assertThat(result.repayment().interest()).isEqualTo(rials(10_000));
        assertThat(result.repayment().principal()).isEqualTo(rials(0));
        assertThat(result.nextDue()).contains(new RepaymentApplied.NextDue(1, FIRST_DUE, rials(1_020_000)));
    }

    @Test
    void whatIsPaidBeyondTheDueInstalmentPrepaysPrincipalOfTheNextOne() {
        // given
        Loan loan = zahrasPaidOutLoan();

        // when 500,000 more than the first instalment
        RepaymentApplied result = repay(loan, 1_590_000, FIRST_DUE, "extra");

        // then the second instalment keeps its interest and half its principal
        assertThat(result.repayment().principal()).isEqualTo(rials(1_500_000));
        assertThat(result.repayment().interest()).isEqualTo(rials(30_000));
        assertThat(result.nextDue()).contains(new RepaymentApplied.NextDue(2, SECOND_DUE, rials(530_000)));
        assertThat(result.loan().outstandingPrincipal()).isEqualTo(rials(1_500_000));
    }

    @Test
    void aPaymentBeforeAnythingIsDuePrepaysPrincipalAndTheFirstInstalmentStillAsksForItsFeeAndInterest() {
        // given
        Loan loan = zahrasPaidOutLoan();

        // when paid a week after the payout
        RepaymentApplied early = repay(loan, 500_000, PAID_OUT_ON.plusWeeks(1), "early");

        // then
        assertThat(early.repayment().principal()).isEqualTo(rials(500_000));
        assertThat(early.loan().dueBy(FIRST_DUE)).isEqualTo(rials(590_000));
        RepaymentApplied onDueDate = repay(early.loan(), 590_000, FIRST_DUE, "rest-of-first");
        assertThat(onDueDate.repayment()).isEqualTo(
                new Repayment("rest-of-first", FIRST_DUE, rials(590_000), rials(60_000), rials(30_000), rials(500_000)));
        assertThat(onDueDate.loan().hasLateInstalment(FIRST_DUE.plusDays(1))).isFalse();
    }

    @Test
    void aLateMemberPaysEverythingDueBeforeAnyPrincipal() {
        // given two instalments have fallen due and nothing was paid
        Loan loan = zahrasPaidOutLoan().followUp(SECOND_DUE.plusDays(1));

        // when
        RepaymentApplied result = repay(loan, 200_000, SECOND_DUE.plusDays(2), "late");

        // then fee 60,000 and both instalments' interest 60,000 come first
        assertThat(result.repayment().fee()).isEqualTo(rials(60_000));
        assertThat(result.repayment().interest()).isEqualTo(rials(60_000));
        assertThat(result.repayment().principal()).isEqualTo(rials(80_000));
        assertThat(result.loan().status()).isEqualTo(LoanStatus.OVERDUE);
    }

    @Test
    void payingEverythingAtOnceTakesTheInterestNotYetDueAndRepaysTheLoan() {
        Loan loan = zahrasPaidOutLoan();

        RepaymentApplied result = repay(loan, 3_150_000, FIRST_DUE, "all");

        assertThat(result.repayment()).isEqualTo(
                new Repayment("all", FIRST_DUE, rials(3_150_000), rials(60_000), rials(90_000), rials(3_000_000)));
        assertThat(result.loan().status()).isEqualTo(LoanStatus.REPAID);
        assertThat(result.loan().closedOn()).contains(FIRST_DUE);
    }

    @Test
    void payingMoreThanIsOwedIsRefusedWithWhatIsOwed() {
        Loan loan = zahrasPaidOutLoan();

        Outcome<RepaymentApplied> outcome = loan.applyRepayment(rials(3_150_001), FIRST_DUE, "too-much");

        assertThat(outcome).isEqualTo(Outcome.refused(Refusal.of("loan.refused.overpay", EVERYTHING_OWED)));
        assertThat(loan.repayments()).isEmpty();
    }

    @Test
    void aRepaymentOfNothingIsRefused() {
        Outcome<RepaymentApplied> outcome = zahrasPaidOutLoan().applyRepayment(rials(0), FIRST_DUE, "nothing");

        assertThat(outcome).isEqualTo(Outcome.refused(Refusal.of("loan.refused.amountNotPositive")));
    }

    @Test
    void theSameRepaymentDeliveredTwiceIsAppliedOnce() {
        // given
        RepaymentApplied first = repay(zahrasPaidOutLoan(), 1_090_000, FIRST_DUE, "update-777");

        // when Telegram delivers the same update again
        RepaymentApplied again = repay(first.loan(), 1_090_000, FIRST_DUE, "update-777");

        // then
        assertThat(again.alreadyApplied()).isTrue();
        assertThat(again.loan()).isSameAs(first.loan());
        assertThat(again.repayment()).isEqualTo(first.repayment());
        assertThat(again.loan().repayments()).hasSize(1);
    }

    @Test
    void theFinalRepaymentDeliveredAgainAfterTheLoanIsRepaidAnswersAlreadyDone() {
        Loan repaid = repay(zahrasPaidOutLoan(), 3_150_000, FIRST_DUE, "final").loan();

        RepaymentApplied again = repay(repaid, 3_150_000, FIRST_DUE, "final");

        assertThat(again.alreadyApplied()).isTrue();
        assertThat(again.loan().status()).isEqualTo(LoanStatus.REPAID);
    }

    @Test
    void theSameKeyWithAnotherAmountIsABug() {
        Loan loan = repay(zahrasPaidOutLoan(), 1_090_000, FIRST_DUE, "update-778").loan();

        assertThatThrownBy(() -> loan.applyRepayment(rials(1_000_000), FIRST_DUE, "update-778"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRepaymentDatedBeforeThePayoutIsABug() {
        Loan loan = zahrasPaidOutLoan();

        assertThatThrownBy(() -> loan.applyRepayment(rials(1_000), PAID_OUT_ON.minusDays(1), "too-early"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void howMuchOfEachInstalmentWasPaidOnTime() {
        // given the first instalment paid on time, the second paid five days late
        Loan loan = zahrasPaidOutLoan();
        loan = repay(loan, 1_090_000, FIRST_DUE, "first").loan();
        loan = repay(loan, 1_030_000, SECOND_DUE.plusDays(5), "second").loan();

        // then
        Schedule schedule = loan.schedule();
        assertThat(List.of(loan.paidOnTimeOf(schedule.instalment(1)), loan.paidOnTimeOf(schedule.instalment(2))))
                .containsExactly(rials(1_090_000), rials(0));
        assertThat(loan.unpaidOf(schedule.instalment(2))).isEqualTo(rials(0));
        assertThat(loan.dueBy(LocalDate.of(2025, 7, 1))).isEqualTo(rials(1_030_000));
    }
}
