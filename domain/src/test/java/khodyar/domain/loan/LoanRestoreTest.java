package khodyar.domain.loan;

import static khodyar.domain.loan.LoanFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LoanRestoreTest {

    private static Loan restoredCopyOf(Loan loan) {
        return Loan.restore(loan.id(), loan.groupId(), loan.borrower(), loan.principal(), loan.months(),
                loan.purpose(), loan.terms(), loan.schedule(), loan.repayments(), loan.status(), loan.requestedAt(),
                loan.decidedAt().orElse(null), loan.disbursedOn().orElse(null), loan.closedOn().orElse(null));
    }

    @ParameterizedTest
    @EnumSource(LoanStatus.class)
    void aStoredLoanComesBackAsItWasInEveryStatus(LoanStatus status) {
        Loan original = loanIn(status);

        Loan restored = restoredCopyOf(original);

        assertThat(restored.status()).isEqualTo(status);
        assertThat(restored.schedule()).isEqualTo(original.schedule());
        assertThat(restored.repayments()).isEqualTo(original.repayments());
        assertThat(restored.stillOwed()).isEqualTo(original.stillOwed());
        assertThat(restored.decidedAt()).isEqualTo(original.decidedAt());
        assertThat(restored.disbursedOn()).isEqualTo(original.disbursedOn());
        assertThat(restored.closedOn()).isEqualTo(original.closedOn());
    }

    @Test
    void aRestoredLoanGoesOnWhereItStoppedAndKnowsItsRepaymentKeys() {
        Loan partlyRepaid = repay(zahrasPaidOutLoan(), 1_090_000, FIRST_DUE, "first").loan();
        Loan restored = restoredCopyOf(partlyRepaid);

        RepaymentApplied again = restored.applyRepayment(rials(1_090_000), FIRST_DUE, "first").orElseThrow();
        RepaymentApplied rest = restored.applyRepayment(rials(2_060_000), THIRD_DUE, "rest").orElseThrow();

        assertThat(again.alreadyApplied()).isTrue();
        assertThat(rest.loan().status()).isEqualTo(LoanStatus.REPAID);
    }

    @Test
    void aRecordWhoseScheduleLendsAnotherAmountIsRefused() {
        Loan loan = zahrasPaidOutLoan();

        assertThatThrownBy(() -> Loan.restore(loan.id(), loan.groupId(), loan.borrower(), rials(2_000_000),
                loan.months(), loan.purpose(), loan.terms(), loan.schedule(), List.of(), loan.status(),
                loan.requestedAt(), loan.decidedAt().orElseThrow(), PAID_OUT_ON, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schedule lends");
    }

    @Test
    void aRepaidRecordThatStillOwesIsRefused() {
        Loan loan = zahrasPaidOutLoan();

        assertThatThrownBy(() -> Loan.restore(loan.id(), loan.groupId(), loan.borrower(), loan.principal(),
                loan.months(), loan.purpose(), loan.terms(), loan.schedule(), List.of(), LoanStatus.REPAID,
                loan.requestedAt(), loan.decidedAt().orElseThrow(), PAID_OUT_ON, THIRD_DUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("owed and status");
    }

    @Test
    void aRequestedRecordWithAPayoutDayIsRefused() {
        Loan loan = zahrasRequestedLoan();

        assertThatThrownBy(() -> Loan.restore(loan.id(), loan.groupId(), loan.borrower(), loan.principal(),
                loan.months(), loan.purpose(), loan.terms(), loan.schedule(), List.of(), LoanStatus.REQUESTED,
                loan.requestedAt(), null, PAID_OUT_ON, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payout day");
    }

    @Test
    void theFirstInstalmentFallsDueOnePeriodAfterThePayout() {
        LocalDate paidOn = LocalDate.of(2025, 1, 31);

        assertThat(InstalmentRhythm.WEEKLY.firstDueAfter(paidOn)).isEqualTo(LocalDate.of(2025, 2, 7));
        assertThat(InstalmentRhythm.BIWEEKLY.firstDueAfter(paidOn)).isEqualTo(LocalDate.of(2025, 2, 14));
        assertThat(InstalmentRhythm.MONTHLY.firstDueAfter(paidOn)).isEqualTo(LocalDate.of(2025, 2, 28));
    }
}
