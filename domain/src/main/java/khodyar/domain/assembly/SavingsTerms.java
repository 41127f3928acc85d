package khodyar.domain.assembly;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import khodyar.domain.money.Money;

/**
 * The savings agreement (O3): how much each member saves, how often, the fine for a missed saving,
 * and, when the agreement itself is voted, the first due date (a constitution's savings have none).
 */
public record SavingsTerms(Money amountPerPeriod, SavingsRhythm rhythm, Money lateFine,
                           Optional<LocalDate> firstDueDate) implements ProposalPayload {

    public SavingsTerms {
        Objects.requireNonNull(amountPerPeriod, "amountPerPeriod");
        Objects.requireNonNull(rhythm, "rhythm");
        Objects.requireNonNull(lateFine, "lateFine");
        Objects.requireNonNull(firstDueDate, "firstDueDate");
        if (amountPerPeriod.isZero()) {
            throw new IllegalArgumentException("a savings agreement of nothing");
        }
    }

    public SavingsTerms(Money amountPerPeriod, SavingsRhythm rhythm, Money lateFine) {
        this(amountPerPeriod, rhythm, lateFine, Optional.empty());
    }

    @Override
    public ProposalKind kind() {
        return ProposalKind.SAVINGS_AGREEMENT;
    }
}
