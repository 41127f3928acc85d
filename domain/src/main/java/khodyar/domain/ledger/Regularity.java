package khodyar.domain.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How regularly someone saved: closed rounds paid on time out of closed rounds that were due. */
public record Regularity(int roundsOnTime, int roundsDue) {

    public static final Regularity NONE_DUE = new Regularity(0, 0);

    public Regularity {
        if (roundsOnTime < 0 || roundsDue < roundsOnTime) {
            throw new IllegalArgumentException("on time " + roundsOnTime + " of " + roundsDue + " is impossible");
        }
    }

    public Regularity plus(Regularity other) {
        return new Regularity(roundsOnTime + other.roundsOnTime, roundsDue + other.roundsDue);
    }

    /** The ratio between 0 and 1; with nothing due yet nobody is behind, so it is 1. */
    public BigDecimal ratio(int scale, RoundingMode rounding) {
        if (roundsDue == 0) {
            return BigDecimal.ONE.setScale(scale, rounding);
        }
        return BigDecimal.valueOf(roundsOnTime).divide(BigDecimal.valueOf(roundsDue), scale, rounding);
    }
}
