package khodyar.bot.ledger.internal;

import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.Rhythm;
import khodyar.domain.ledger.SavingsAgreement;
import khodyar.domain.ledger.SavingsBook;
import khodyar.domain.ledger.SavingsRound;
import khodyar.domain.money.Money;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A group's savings agreement and the rounds closed under it. Closing a round is an update guarded on
 * the number of rounds closed so far; each closed round keeps the key of the update that closed it,
 * so a redelivered {@code /closeround} does not close the next round too. The same update writes the
 * running regularity figures counted with that round ({@code regularity}; null on data older than them).
 */
@Document("ledger_savings")
public record SavingsDoc(@Id String groupId, long amountPerRoundRials, Rhythm rhythm, LocalDate firstDueDate,
                         long agreedBy, Instant agreedAt, List<ClosedRound> closedRounds, int closedCount,
                         RegularityDoc regularity) {

    public record ClosedRound(int number, LocalDate dueDate, Instant closedAt, long closedBy, String closeKey) {
    }

    public SavingsDoc {
        closedRounds = closedRounds == null ? List.of() : List.copyOf(closedRounds);
    }

    /** The agreement's terms and how many rounds are closed, without the closed rounds themselves. */
    public record Terms(@Id String groupId, long amountPerRoundRials, Rhythm rhythm, LocalDate firstDueDate,
                        int closedCount) {

        public SavingsAgreement agreement() {
            return new SavingsAgreement(Money.ofRials(amountPerRoundRials), rhythm, firstDueDate);
        }
    }

    public SavingsAgreement agreement() {
        return new SavingsAgreement(Money.ofRials(amountPerRoundRials), rhythm, firstDueDate);
    }

    public SavingsBook book(ZoneId zone) {
        List<SavingsRound> rounds = closedRounds.stream()
                .map(r -> new SavingsRound(r.number(), r.dueDate(), true, r.closedAt(), new PersonId(r.closedBy())))
                .toList();
        return new SavingsBook(agreement(), zone, rounds);
    }
}
