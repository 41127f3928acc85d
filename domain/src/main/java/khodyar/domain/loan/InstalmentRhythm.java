package khodyar.domain.loan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * How often instalments fall due: the rhythm of the group's meetings. The periodic rate is the
 * annual rate divided by the periods in a year: 52 weekly, 26 biweekly, 12 monthly.
 */
public enum InstalmentRhythm {
    WEEKLY("loan.rhythm.weekly", 52),
    BIWEEKLY("loan.rhythm.biweekly", 26),
    MONTHLY("loan.rhythm.monthly", 12);

    private final String messageKey;
    private final int periodsPerYear;

    InstalmentRhythm(String messageKey, int periodsPerYear) {
        this.messageKey = messageKey;
        this.periodsPerYear = periodsPerYear;
    }

    public String messageKey() {
        return messageKey;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }

    /**
     * The due date of instalment {@code number} (1-based). Monthly dates count from the first
     * due date each time, so 31 January is followed by 28 February and then 31 March, not 28 March.
     */
    public LocalDate dueDate(LocalDate firstDue, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("instalments are numbered from 1: " + number);
        }
        int periodsAfterFirst = number - 1;
        return switch (this) {
            case WEEKLY -> firstDue.plusWeeks(periodsAfterFirst);
            case BIWEEKLY -> firstDue.plusWeeks(2L * periodsAfterFirst);
            case MONTHLY -> firstDue.plusMonths(periodsAfterFirst);
        };
    }

    /** The first due date of a loan paid out on {@code paidOn}: one period later. */
    public LocalDate firstDueAfter(LocalDate paidOn) {
        return dueDate(paidOn, 2);
    }

    /**
     * How many instalments a term of {@code months} has in this rhythm, rounded half up and at
     * least one: 3 months are 13 weekly or 7 biweekly instalments, 1 month is 4 weekly.
     */
    public int instalmentsIn(int months) {
        if (months < 1) {
            throw new IllegalArgumentException("a term has at least one month: " + months);
        }
        int instalments = BigDecimal.valueOf((long) months * periodsPerYear)
                .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP)
                .intValueExact();
        return Math.max(1, instalments);
    }
}
