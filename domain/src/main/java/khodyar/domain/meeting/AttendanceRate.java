package khodyar.domain.meeting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many of the meetings a person (or the whole group) was expected at they came to. The ratio
 * has four decimals, rounded half up; with nothing expected yet there is no rate to speak of.
 */
public record AttendanceRate(int attended, int expected) {

    public static final int RATIO_SCALE = 4;
    public static final AttendanceRate NONE = new AttendanceRate(0, 0);

    public AttendanceRate {
        if (attended < 0 || expected < 0 || attended > expected) {
            throw new IllegalArgumentException("attended " + attended + " of " + expected);
        }
    }

    public boolean isKnown() {
        return expected > 0;
    }

    /** Attended over expected, 0..1 with four decimals; zero when nothing was expected. */
    public BigDecimal ratio() {
        if (expected == 0) {
            return BigDecimal.ZERO.setScale(RATIO_SCALE);
        }
        return BigDecimal.valueOf(attended).divide(BigDecimal.valueOf(expected), RATIO_SCALE, RoundingMode.HALF_UP);
    }

    /** Whole percent, rounded half up, for people to read. */
    public int percent() {
        if (expected == 0) {
            return 0;
        }
        return BigDecimal.valueOf(attended * 100L).divide(BigDecimal.valueOf(expected), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }

    public AttendanceRate plus(AttendanceRate other) {
        return new AttendanceRate(attended + other.attended, expected + other.expected);
    }
}
