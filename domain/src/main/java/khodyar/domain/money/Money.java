package khodyar.domain.money;

/**
 * An amount of money as a whole number of rials. Toman and the new rial are display choices
 * ({@link DisplayUnit}), never stored units.
 */
public record Money(long rials) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public Money {
        if (rials < 0) {
            throw new IllegalArgumentException("money is never negative: " + rials);
        }
    }

    public static Money ofRials(long rials) {
        return new Money(rials);
    }

    public static Money ofToman(long toman) {
        return new Money(Math.multiplyExact(toman, 10));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(rials, other.rials));
    }

    /** Fails loudly when the result would be negative: callers check with {@link #isLessThan} first. */
    public Money minus(Money other) {
        return new Money(Math.subtractExact(rials, other.rials));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(rials, factor));
    }

    public Money min(Money other) {
        return rials <= other.rials ? this : other;
    }

    public boolean isZero() {
        return rials == 0;
    }

    public boolean isLessThan(Money other) {
        return rials < other.rials;
    }

    public boolean isGreaterThan(Money other) {
        return rials > other.rials;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(rials, other.rials);
    }
}
