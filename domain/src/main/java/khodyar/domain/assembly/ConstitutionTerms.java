package khodyar.domain.assembly;

import java.util.Objects;

/**
 * The parameters the group's constitution (O2) sets. Once adopted, its quorum and majority are the
 * rules of every later proposal.
 */
public record ConstitutionTerms(SavingsTerms savings, int loanMultiple, int maxTermMonths, Quorum quorum,
                                Majority majority) implements ProposalPayload {

    public ConstitutionTerms {
        Objects.requireNonNull(savings, "savings");
        Objects.requireNonNull(quorum, "quorum");
        Objects.requireNonNull(majority, "majority");
        if (loanMultiple < 1) {
            throw new IllegalArgumentException("loan multiple below one: " + loanMultiple);
        }
        if (maxTermMonths < 1) {
            throw new IllegalArgumentException("maximum loan term below a month: " + maxTermMonths);
        }
    }

    @Override
    public ProposalKind kind() {
        return ProposalKind.CONSTITUTION;
    }
}
