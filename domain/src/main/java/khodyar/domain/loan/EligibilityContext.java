package khodyar.domain.loan;

import java.util.Objects;

import khodyar.domain.money.Money;

/**
 * What the eligibility policies need to know about the group, its rules and the member asking.
 *
 * @param stage                  the group's roadmap stage, 1 to 4 (3 is capacity building)
 * @param rateDecided            the assembly has decided the internal interest rate (step C4)
 * @param memberConfirmedSavings the member's savings confirmed by a treasurer
 * @param fundAvailable          what the fund holds and may lend now
 * @param memberOpenLoans        the member's loans requested, approved or not yet repaid
 * @param memberInArrears        the member is behind on savings or on a loan
 * @param loanMultiple           a member may borrow up to this many times their savings
 * @param maxMonths              the longest term the group's rules allow
 * @param oneOpenLoanOnly        a member may have only one open loan at a time
 */
public record EligibilityContext(
        int stage,
        boolean rateDecided,
        Money memberConfirmedSavings,
        Money fundAvailable,
        int memberOpenLoans,
        boolean memberInArrears,
        int loanMultiple,
        int maxMonths,
        boolean oneOpenLoanOnly) {

    /** The rules a new group starts with until its assembly votes otherwise (bot contract). */
    public static final int DEFAULT_LOAN_MULTIPLE = 3;
    public static final int DEFAULT_MAX_MONTHS = 12;
    public static final boolean DEFAULT_ONE_OPEN_LOAN_ONLY = true;

    public EligibilityContext {
        Objects.requireNonNull(memberConfirmedSavings, "memberConfirmedSavings");
        Objects.requireNonNull(fundAvailable, "fundAvailable");
        if (stage < 1 || stage > 4) {
            throw new IllegalArgumentException("stages run from 1 to 4: " + stage);
        }
        if (memberOpenLoans < 0 || loanMultiple < 1 || maxMonths < 1) {
            throw new IllegalArgumentException("open loans " + memberOpenLoans + ", multiple " + loanMultiple
                    + ", max months " + maxMonths);
        }
    }

    /** A context under the default rules: three times savings, twelve months, one open loan. */
    public static EligibilityContext withDefaultRules(int stage, boolean rateDecided, Money memberConfirmedSavings,
            Money fundAvailable, int memberOpenLoans, boolean memberInArrears) {
        return new EligibilityContext(stage, rateDecided, memberConfirmedSavings, fundAvailable, memberOpenLoans,
                memberInArrears, DEFAULT_LOAN_MULTIPLE, DEFAULT_MAX_MONTHS, DEFAULT_ONE_OPEN_LOAN_ONLY);
    }

    /** The most this member may ask for: the multiple of their savings, never more than the fund holds. */
    public Money maximumAmount() {
        return memberConfirmedSavings.times(loanMultiple).min(fundAvailable);
    }
}
