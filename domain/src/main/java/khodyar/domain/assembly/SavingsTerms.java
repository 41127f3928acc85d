package khodyar.domain.assembly;

import java.util.Objects;
import khodyar.domain.money.Money;

/** The savings agreement (O3): how much each member saves, how often, and the fine for a missed saving. */
public record SavingsTerms(Money amountPerPeriod, SavingsRhythm rhythm, Money lateFine) implements ProposalPayload {

    public SavingsTerms {
        Objects.requireNonNull(amountPerPeriod, "amountPerPeriod");
        Objects.requireNonNull(rhythm, "rhythm");
        Objects.requireNonNull(lateFine, "lateFine");
        if (amountPerPeriod.isZero()) {
            throw new IllegalArgumentException("a savings agreement of nothing");
        }
    }

    @Override
    public ProposalKind kind() {
        return ProposalKind.SAVINGS_AGREEMENT;
    }
}
