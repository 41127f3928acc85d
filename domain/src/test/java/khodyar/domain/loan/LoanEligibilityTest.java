package khodyar.domain.loan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import khodyar.domain.common.Outcome;
import khodyar.domain.common.Refusal;
import khodyar.domain.money.Money;

class LoanEligibilityTest {

    private static final Money MARYAMS_SAVINGS = Money.ofRials(2_000_000);
    private static final Money FUND = Money.ofRials(20_000_000);

    /** Maryam has saved 2,000,000 rials in a stage-3 group that has decided its rate. */
    private static EligibilityContext maryamInAStage3GroupWithItsRateDecided() {
        return EligibilityContext.withDefaultRules(3, true, MARYAMS_SAVINGS, FUND, 0, false);
    }

    private static RequestedLoan asking(long rials, int months) {
        return new RequestedLoan(Money.ofRials(rials), months);
    }

    @Test
    void aMemberMayBorrowUpToThreeTimesHerSavings() {
        Outcome<LoanEligibility.Allowance> outcome =
                LoanEligibility.check(asking(6_000_000, 6), maryamInAStage3GroupWithItsRateDecided());

        assertThat(outcome.isDone()).isTrue();
    }

    @Test
    void moreThanTheMultipleOfSavingsIsRefusedWithTheMaximum() {
        Outcome<LoanEligibility.Allowance> outcome =
                LoanEligibility.check(asking(6_000_001, 6), maryamInAStage3GroupWithItsRateDecided());

        assertThat(outcome).isEqualTo(Outcome.refused(Refusal.of("loan.refused.overMultiple",
                Money.ofRials(6_000_000), 3)));
    }

    @Test
    void theGroupsOwnMultipleApplies() {
        EligibilityContext twiceSavings = new EligibilityContext(3, true, MARYAMS_SAVINGS, FUND, 0, false, 2, 12, true);

        assertThat(LoanEligibility.check(asking(4_000_001, 6), twiceSavings)).isEqualTo(
                Outcome.refused(Refusal.of("loan.refused.overMultiple", Money.ofRials(4_000_000), 2)));
    }

    @Test
    void loansOpenOnlyFromStageThree() {
        EligibilityContext stage2 = EligibilityContext.withDefaultRules(2, true, MARYAMS_SAVINGS, FUND, 0, false);

        assertThat(LoanEligibility.check(asking(1_000_000, 6), stage2))
                .isEqualTo(Outcome.refused(Refusal.of("loan.refused.stage", 3, 2)));
    }

    @Test
    void noLoanBeforeTheAssemblyDecidesTheRate() {
        EligibilityContext rateOpen = EligibilityContext.withDefaultRules(3, false, MARYAMS_SAVINGS, FUND, 0, false);

        assertThat(LoanEligibility.check(asking(1_000_000, 6), rateOpen))
                .isEqualTo(Outcome.refused(Refusal.of("loan.refused.rateNotDecided")));
    }

    @Test
    void neverMoreThanTheFundHolds() {
        EligibilityContext smallFund = EligibilityContext.withDefaultRules(4, true, MARYAMS_SAVINGS,
                Money.ofRials(1_500_000), 0, false);

        assertThat(LoanEligibility.check(asking(1_500_001, 6), smallFund))
                .isEqualTo(Outcome.refused(Refusal.of("loan.refused.overFund", Money.ofRials(1_500_000))));
        assertThat(smallFund.maximumAmount()).isEqualTo(Money.ofRials(1_500_000));
    }

    @Test
    void oneOpenLoanPerMemberUnlessTheGroupAllowsMore() {
        EligibilityContext oneOpen = EligibilityContext.withDefaultRules(3, true, MARYAMS_SAVINGS, FUND, 1, false);
        EligibilityContext moreAllowed = new EligibilityContext(3, true, MARYAMS_SAVINGS, FUND, 1, false, 3, 12, false);

        assertThat(LoanEligibility.check(asking(1_000_000, 6), oneOpen))
                .isEqualTo(Outcome.refused(Refusal.of("loan.refused.openLoan")));
        assertThat(LoanEligibility.check(asking(1_000_000, 6), moreAllowed).isDone()).isTrue();
    }

    @Test
    void noLoanToAMemberInArrears() {
        EligibilityContext inArrears = EligibilityContext.withDefaultRules(3, true, MARYAMS_SAVINGS, FUND, 0, true);

        assertThat(LoanEligibility.check(asking(1_000_000, 6), inArrears))
                .isEqualTo(Outcome.refused(Refusal.of("loan.refused.arrears")));
    }

    @Test
    void theTermStaysWithinTheGroupsMaximum() {
        EligibilityContext context = maryamInAStage3GroupWithItsRateDecided();

        assertThat(LoanEligibility.check(asking(1_000_000, 13), context))
                .isEqualTo(Outcome.refused(Refusal.of("loan.refused.term", 12)));
        assertThat(LoanEligibility.check(asking(1_000_000, 0), context))
                .isEqualTo(Outcome.refused(Refusal.of("loan.refused.term", 12)));
        assertThat(LoanEligibility.check(asking(1_000_000, 12), context).isDone()).isTrue();
    }

    @Test
    void aLoanOfNothingIsRefused() {
        assertThat(LoanEligibility.check(asking(0, 6), maryamInAStage3GroupWithItsRateDecided()))
                .isEqualTo(Outcome.refused(Refusal.of("loan.refused.amountNotPositive")));
    }

    @Test
    void everyReasonIsListedSoTheMemberHearsThemAllAtOnce() {
        EligibilityContext everythingWrong = EligibilityContext.withDefaultRules(1, false, Money.ZERO, Money.ZERO, 1,
                true);

        assertThat(LoanEligibility.refusals(asking(1_000_000, 24), everythingWrong))
                .extracting(Refusal::reasonKey)
                .containsExactly("loan.refused.stage", "loan.refused.rateNotDecided", "loan.refused.term",
                        "loan.refused.overMultiple", "loan.refused.overFund", "loan.refused.openLoan",
                        "loan.refused.arrears");
    }

    @Test
    void theRuleSetReadsInOnePlace() {
        assertThat(LoanEligibility.allPolicies()).containsExactly(
                LoanEligibility.STAGE_ALLOWS_LENDING,
                LoanEligibility.INTEREST_RATE_DECIDED,
                LoanEligibility.AMOUNT_IS_POSITIVE,
                LoanEligibility.TERM_WITHIN_MAXIMUM,
                LoanEligibility.WITHIN_MULTIPLE_OF_SAVINGS,
                LoanEligibility.WITHIN_FUND,
                LoanEligibility.ONE_OPEN_LOAN,
                LoanEligibility.NO_ARREARS);
    }
}
