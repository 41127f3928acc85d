package khodyar.domain.loan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The price and rhythm of a loan, as the group's assembly decided them: how interest is
 * charged, the annual rate in percent (zero for an interest-free loan), an optional one-off
 * service fee, how often instalments fall due, and how every amount is rounded to a whole rial.
 * The first due date is not a term: it is set when the loan is paid out.
 */
public record LoanTerms(
        InterestMethod method,
        BigDecimal annualRatePercent,
        ServiceFee serviceFee,
        InstalmentRhythm rhythm,
        RoundingMode rounding) {

    /** Precision of intermediate results (rates, powers); only final amounts are rounded to rials. */
    static final MathContext WORKING_PRECISION = MathContext.DECIMAL128;

    public LoanTerms {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(annualRatePercent, "annualRatePercent");
        Objects.requireNonNull(serviceFee, "serviceFee");
        Objects.requireNonNull(rhythm, "rhythm");
        Objects.requireNonNull(rounding, "rounding");
        if (annualRatePercent.signum() < 0) {
            throw new IllegalArgumentException("an interest rate is never negative: " + annualRatePercent);
        }
        if (rounding == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("amounts are rounded to whole rials; UNNECESSARY cannot round");
        }
    }

    /** An interest-free loan (qard al-hasan) whose cost is the service fee alone. */
    public static LoanTerms interestFree(ServiceFee serviceFee, InstalmentRhythm rhythm, RoundingMode rounding) {
        return new LoanTerms(InterestMethod.FLAT, BigDecimal.ZERO, serviceFee, rhythm, rounding);
    }

    public boolean isInterestFree() {
        return annualRatePercent.signum() == 0;
    }

    /** The rate of one period as a fraction: annual percent / 100 / periods a year. */
    public BigDecimal periodicRate() {
        return annualRatePercent
                .divide(BigDecimal.valueOf(100L * rhythm.periodsPerYear()), WORKING_PRECISION);
    }
}
