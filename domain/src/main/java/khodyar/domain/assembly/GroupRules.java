package khodyar.domain.assembly;

import java.util.Objects;
import java.util.Optional;
import khodyar.domain.assembly.AssemblyEffect.ConstitutionAdopted;
import khodyar.domain.assembly.AssemblyEffect.RateDecided;
import khodyar.domain.assembly.AssemblyEffect.SavingsAgreed;

/**
 * The rules the group lives by, as its general assembly has set them. A new group starts with
 * {@link #defaults()}: the contract's voting rules, loans of up to three times one's own savings,
 * one open loan per member, and no interest terms until the assembly decides them (C4).
 */
public record GroupRules(VotingRules votingRules, int loanMultiple, int maxTermMonths,
                         boolean oneOpenLoanPerMember, Optional<RateTerms> interest,
                         Optional<SavingsTerms> savings) {

    public static final int DEFAULT_LOAN_MULTIPLE = 3;
    /** Not in the contract: a year is the usual longest term of an internal loan until the constitution says. */
    public static final int DEFAULT_MAX_TERM_MONTHS = 12;

    public GroupRules {
        Objects.requireNonNull(votingRules, "votingRules");
        Objects.requireNonNull(interest, "interest");
        Objects.requireNonNull(savings, "savings");
        if (loanMultiple < 1 || maxTermMonths < 1) {
            throw new IllegalArgumentException("loan multiple and term must be at least one");
        }
    }

    public static GroupRules defaults() {
        return new GroupRules(VotingRules.defaults(), DEFAULT_LOAN_MULTIPLE, DEFAULT_MAX_TERM_MONTHS, true,
                Optional.empty(), Optional.empty());
    }

    /** Internal loans need the assembly's rate first (C4). */
    public boolean interestDecided() {
        return interest.isPresent();
    }

    /** The rules after an effect; effects that do not touch the rules leave them as they are. */
    public GroupRules after(AssemblyEffect effect) {
        if (effect instanceof RateDecided rate) {
            return new GroupRules(votingRules, loanMultiple, maxTermMonths, oneOpenLoanPerMember,
                    Optional.of(rate.rate()), savings);
        }
        if (effect instanceof SavingsAgreed agreed) {
            return new GroupRules(votingRules, loanMultiple, maxTermMonths, oneOpenLoanPerMember, interest,
                    Optional.of(agreed.terms()));
        }
        if (effect instanceof ConstitutionAdopted adopted) {
            ConstitutionTerms terms = adopted.terms();
            return new GroupRules(votingRules.withQuorumAndMajority(terms.quorum(), terms.majority()),
                    terms.loanMultiple(), terms.maxTermMonths(), oneOpenLoanPerMember, interest,
                    Optional.of(terms.savings()));
        }
        return this;
    }
}
