package khodyar.domain.loan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import khodyar.domain.money.Money;

/**
 * A one-off charge on a loan, due with the first instalment. It is how an interest-free loan
 * (qard al-hasan) covers the fund's costs: a rate of zero plus a service fee.
 */
public sealed interface ServiceFee {

    /** The fee in whole rials for a loan of {@code principal}. */
    Money amountFor(Money principal, RoundingMode rounding);

    /** The message key that names this kind of fee. */
    String messageKey();

    ServiceFee NONE = new NoFee();

    static ServiceFee percentOfPrincipal(BigDecimal percent) {
        return new PercentOfPrincipal(percent);
    }

    static ServiceFee fixed(Money amount) {
        return new Fixed(amount);
    }

    record NoFee() implements ServiceFee {
        @Override
        public Money amountFor(Money principal, RoundingMode rounding) {
            return Money.ZERO;
        }

        @Override
        public String messageKey() {
            return "loan.fee.none";
        }
    }

    record PercentOfPrincipal(BigDecimal percent) implements ServiceFee {
        public PercentOfPrincipal {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() < 0) {
                throw new IllegalArgumentException("a fee is never negative: " + percent);
            }
        }

        @Override
        public Money amountFor(Money principal, RoundingMode rounding) {
            BigDecimal fee = BigDecimal.valueOf(principal.rials()).multiply(percent)
                    .divide(BigDecimal.valueOf(100), 0, rounding);
            return Money.ofRials(fee.longValueExact());
        }

        @Override
        public String messageKey() {
            return "loan.fee.percent";
        }
    }

    record Fixed(Money amount) implements ServiceFee {
        public Fixed {
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public Money amountFor(Money principal, RoundingMode rounding) {
            return amount;
        }

        @Override
        public String messageKey() {
            return "loan.fee.fixed";
        }
    }
}
