package khodyar.domain.assembly;

import java.util.List;
import java.util.Map;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;
import khodyar.domain.money.Money;

/** What a decided proposal means for the group; the application applies it. */
public sealed interface AssemblyEffect {

    /** The internal-loan rate is set (C4). */
    record RateDecided(RateTerms rate) implements AssemblyEffect {
    }

    record LoanApproved(String loanId, PersonId borrower, Money amount, int months) implements AssemblyEffect {
    }

    record LoanRefused(String loanId, PersonId borrower) implements AssemblyEffect {
    }

    /** The constitution is adopted (O2); its quorum and majority govern every later proposal. */
    record ConstitutionAdopted(ConstitutionTerms terms) implements AssemblyEffect {
    }

    /** The savings agreement is made (O3): what is due and when. */
    record SavingsAgreed(SavingsTerms terms) implements AssemblyEffect {
    }

    /** One board seat is filled (O4 is done when all three are). */
    record BoardElected(Role seat, PersonId person) implements AssemblyEffect {
    }

    /** The bank loan is to be paid out in these shares (M2); the payout itself is a ledger matter. */
    record BankLoanDistributionAgreed(Map<PersonId, Money> shares) implements AssemblyEffect {
        public BankLoanDistributionAgreed {
            shares = Map.copyOf(shares);
        }
    }

    /** The group's representatives to the kanoon (M10), best voted first. */
    record RepresentativesElected(List<PersonId> representatives) implements AssemblyEffect {
        public RepresentativesElected {
            representatives = List.copyOf(representatives);
        }
    }

    /** An election left seats empty (a tie or no quorum): the assembly must vote again on them. */
    record RevoteNeeded(ProposalId proposalId, ProposalKind kind, int emptySeats) implements AssemblyEffect {
    }
}
