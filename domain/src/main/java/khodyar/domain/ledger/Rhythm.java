package khodyar.domain.ledger;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How often members save, as agreed by the group (roadmap step O3). */
public enum Rhythm {
    WEEKLY("savings.rhythm.weekly"),
    BIWEEKLY("savings.rhythm.biweekly"),
    MONTHLY("savings.rhythm.monthly");

    private final String messageKey;

    Rhythm(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The due date of round {@code number} (from 1); months count from the first date, so they do not drift. */
    LocalDate dueDate(LocalDate firstDueDate, int number) {
        int after = number - 1;
        return switch (this) {
            case WEEKLY -> firstDueDate.plusWeeks(after);
            case BIWEEKLY -> firstDueDate.plusWeeks(2L * after);
            case MONTHLY -> firstDueDate.plusMonths(after);
        };
    }

    /** Roughly how many rounds fell due from {@code firstDueDate} through {@code date}: a start for an exact count. */
    int roundsDueEstimate(LocalDate firstDueDate, LocalDate date) {
        if (date.isBefore(firstDueDate)) {
            return 0;
        }
        long whole = switch (this) {
            case WEEKLY -> ChronoUnit.WEEKS.between(firstDueDate, date);
            case BIWEEKLY -> ChronoUnit.WEEKS.between(firstDueDate, date) / 2;
            case MONTHLY -> ChronoUnit.MONTHS.between(firstDueDate, date);
        };
        return Math.toIntExact(Math.min(Integer.MAX_VALUE - 1, whole + 1));
    }
}
