package khodyar.domain.assembly;

import java.math.BigDecimal;
import java.util.Objects;
import khodyar.domain.money.Money;

/**
 * The yearly interest rate of internal loans (C4). A rate of zero is an interest-free loan
 * (qard al-hasan), which may carry a one-off service fee instead.
 */
public record RateTerms(BigDecimal percentPerYear, Money serviceFee) implements ProposalPayload {

    public RateTerms {
        Objects.requireNonNull(percentPerYear, "percentPerYear");
        Objects.requireNonNull(serviceFee, "serviceFee");
        if (percentPerYear.signum() < 0) {
            throw new IllegalArgumentException("a rate is never negative: " + percentPerYear);
        }
        percentPerYear = percentPerYear.stripTrailingZeros();
    }

    public static RateTerms percentPerYear(BigDecimal percent) {
        return new RateTerms(percent, Money.ZERO);
    }

    public static RateTerms interestFree(Money serviceFee) {
        return new RateTerms(BigDecimal.ZERO, serviceFee);
    }

    public boolean isInterestFree() {
        return percentPerYear.signum() == 0;
    }

    @Override
    public ProposalKind kind() {
        return ProposalKind.INTEREST_RATE;
    }
}
