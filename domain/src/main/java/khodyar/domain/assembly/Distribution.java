package khodyar.domain.assembly;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import khodyar.domain.group.PersonId;
import khodyar.domain.money.Money;

/** How a bank loan is split among the members (M2). */
public record Distribution(Map<PersonId, Money> shares) implements ProposalPayload {

    public Distribution {
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("a distribution to no one");
        }
        if (shares.values().stream().anyMatch(Money::isZero)) {
            throw new IllegalArgumentException("a share of nothing: " + shares);
        }
        TreeMap<PersonId, Money> sorted = new TreeMap<>(Comparator.comparingLong(PersonId::value));
        sorted.putAll(shares);
        shares = Collections.unmodifiableSortedMap(sorted);
    }

    public Money total() {
        return shares.values().stream().reduce(Money.ZERO, Money::plus);
    }

    @Override
    public ProposalKind kind() {
        return ProposalKind.BANK_LOAN_DISTRIBUTION;
    }
}
