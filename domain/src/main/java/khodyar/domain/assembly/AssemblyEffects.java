package khodyar.domain.assembly;

import java.util.ArrayList;
import java.util.List;
import khodyar.domain.assembly.AssemblyEffect.BankLoanDistributionAgreed;
import khodyar.domain.assembly.AssemblyEffect.BoardElected;
import khodyar.domain.assembly.AssemblyEffect.ConstitutionAdopted;
import khodyar.domain.assembly.AssemblyEffect.LoanApproved;
import khodyar.domain.assembly.AssemblyEffect.LoanRefused;
import khodyar.domain.assembly.AssemblyEffect.RateDecided;
import khodyar.domain.assembly.AssemblyEffect.RepresentativesElected;
import khodyar.domain.assembly.AssemblyEffect.RevoteNeeded;
import khodyar.domain.assembly.AssemblyEffect.SavingsAgreed;

/**
 * The effects of a decided proposal. A rejected motion changes nothing, except that a refused loan
 * request is answered; a free motion is only recorded (the decided proposal is the record).
 */
public final class AssemblyEffects {

    public static List<AssemblyEffect> of(Proposal proposal) {
        Decision decision = proposal.decision()
                .orElseThrow(() -> new IllegalStateException("proposal " + proposal.id().value() + " is still open"));
        if (proposal.payload() instanceof ElectionPayload election) {
            return ofElection(proposal, election, decision);
        }
        if (proposal.payload() instanceof LoanRequest loan) {
            return List.of(decision.passed()
                    ? new LoanApproved(loan.loanId(), loan.borrower(), loan.amount(), loan.months())
                    : new LoanRefused(loan.loanId(), loan.borrower()));
        }
        if (!decision.passed()) {
            return List.of();
        }
        ProposalPayload payload = proposal.payload();
        if (payload instanceof RateTerms rate) {
            return List.of(new RateDecided(rate));
        }
        if (payload instanceof ConstitutionTerms terms) {
            return List.of(new ConstitutionAdopted(terms));
        }
        if (payload instanceof SavingsTerms terms) {
            return List.of(new SavingsAgreed(terms));
        }
        if (payload instanceof Distribution distribution) {
            return List.of(new BankLoanDistributionAgreed(distribution.shares()));
        }
        if (payload instanceof FreeMotion) {
            return List.of();
        }
        throw new IllegalStateException("no effect defined for " + payload.kind());
    }

    private static List<AssemblyEffect> ofElection(Proposal proposal, ElectionPayload election, Decision decision) {
        List<AssemblyEffect> effects = new ArrayList<>();
        if (!decision.elected().isEmpty()) {
            if (election instanceof BoardSeatElection board) {
                effects.add(new BoardElected(board.seat(), decision.elected().get(0)));
            } else {
                effects.add(new RepresentativesElected(decision.elected()));
            }
        }
        int emptySeats = election.seats() - decision.elected().size();
        if (emptySeats > 0) {
            effects.add(new RevoteNeeded(proposal.id(), proposal.kind(), emptySeats));
        }
        return List.copyOf(effects);
    }

    private AssemblyEffects() {
    }
}
