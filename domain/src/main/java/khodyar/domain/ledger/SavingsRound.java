package khodyar.domain.ledger;

import java.time.Instant;
import java.time.LocalDate;
import khodyar.domain.group.PersonId;

/** One savings round; a treasurer closes it, after which a payment for it counts as late. */
public record SavingsRound(int number, LocalDate dueDate, boolean closed, Instant closedAt, PersonId closedBy) {

    public SavingsRound {
        if (number < 1 || dueDate == null) {
            throw new IllegalArgumentException("a round has a number from 1 and a due date");
        }
        if (closed != (closedAt != null && closedBy != null)) {
            throw new IllegalArgumentException("a closed round, and only a closed one, says who closed it and when");
        }
    }

    static SavingsRound open(int number, LocalDate dueDate) {
        return new SavingsRound(number, dueDate, false, null, null);
    }

    SavingsRound close(PersonId by, Instant at) {
        if (closed) {
            throw new IllegalStateException("round " + number + " is closed already");
        }
        return new SavingsRound(number, dueDate, true, at, by);
    }
}
