package khodyar.domain.loan;

import static khodyar.domain.loan.LoanFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import khodyar.domain.money.Money;

class PortfolioFiguresTest {

    /** The day after the second instalments fall due. */
    private static final LocalDate TODAY = SECOND_DUE.plusDays(1);

    @Test
    void figuresOfAGroupWithOneLoanOnTimeOneLateOneRepaidAndOneStillRequested() {
        // given
        Loan onTime = paidOut(aRequestedLoan("on-time", rials(3_000_000)));
        onTime = repay(onTime, 1_090_000, FIRST_DUE, "on-time-1").loan();
        onTime = repay(onTime, 1_030_000, SECOND_DUE, "on-time-2").loan();
        Loan late = paidOut(aRequestedLoan("late", rials(6_000_000)));
        late = repay(late, 2_180_000, FIRST_DUE, "late-1").loan();
        Loan repaid = paidOut(aRequestedLoan("repaid", rials(3_000_000)));
        repaid = repay(repaid, 3_150_000, FIRST_DUE, "repaid-all").loan();
        Loan requested = aRequestedLoan("requested", rials(9_000_000));

        // when
        PortfolioFigures figures = PortfolioFigures.of(List.of(onTime, late, repaid, requested), TODAY,
                rials(20_000_000));

        // then outstanding: 1,000,000 on time + 4,000,000 late
        assertThat(figures.loansOutstanding()).isEqualTo(rials(5_000_000));
        assertThat(figures.atRisk()).isEqualTo(rials(4_000_000));
        assertThat(figures.portfolioAtRisk()).isEqualByComparingTo("0.8000");
        assertThat(figures.loansOverdue()).isEqualTo(1);
        assertThat(figures.fundUtilisation()).isEqualByComparingTo("0.2500");
        // due so far: on time 2,120,000 + late 2,180,000 + 2,060,000 + repaid 2,120,000 = 8,480,000,
        // paid on time: all but the late loan's second instalment (2,060,000): 6,420,000
        assertThat(figures.repaymentRate()).hasValueSatisfying(
                rate -> assertThat(rate).isEqualByComparingTo("0.7571"));
    }

    @Test
    void ratiosAreRoundedHalfUpToFourPlaces() {
        // given on the day after the first due date, a late loan of 2,000,000 and one of
        // 1,000,000 whose first instalment falls due a month later
        Loan late = paidOut(aRequestedLoan("late", rials(2_000_000)));
        Loan notYetDue = aRequestedLoan("not-yet-due", rials(1_000_000))
                .approve(ASSEMBLY_DECIDED_AT).disburse(PAID_OUT_ON, SECOND_DUE);

        // when
        PortfolioFigures figures = PortfolioFigures.of(List.of(late, notYetDue), FIRST_DUE.plusDays(1),
                rials(9_000_000));

        // then 2/3 and 1/3
        assertThat(figures.loansOutstanding()).isEqualTo(rials(3_000_000));
        assertThat(figures.atRisk()).isEqualTo(rials(2_000_000));
        assertThat(figures.portfolioAtRisk()).isEqualTo(new BigDecimal("0.6667"));
        assertThat(figures.fundUtilisation()).isEqualTo(new BigDecimal("0.3333"));
    }

    @Test
    void aGroupWithNoLoansOutHasNoRiskAndNoRepaymentRateYet() {
        PortfolioFigures figures = PortfolioFigures.of(List.of(zahrasRequestedLoan()), TODAY, Money.ZERO);

        assertThat(figures.loansOutstanding()).isEqualTo(Money.ZERO);
        assertThat(figures.portfolioAtRisk()).isEqualByComparingTo("0");
        assertThat(figures.fundUtilisation()).isEqualByComparingTo("0");
        assertThat(figures.repaymentRate()).isEmpty();
    }

    @Test
    void aWrittenOffLoanCountsOnlyWhatFellDueBeforeTheVoteAndIsNoLongerOutstanding() {
        Loan writtenOff = zahrasPaidOutLoan().writeOff(FIRST_DUE.plusDays(10));

        PortfolioFigures figures = PortfolioFigures.of(List.of(writtenOff), THIRD_DUE.plusDays(1), rials(10_000_000));

        assertThat(figures.loansOutstanding()).isEqualTo(Money.ZERO);
        assertThat(figures.repaymentRate()).hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("0"));
    }
}
