package khodyar.bot.loan;

import khodyar.bot.assembly.ProposalDecidedListener;
import khodyar.bot.loan.internal.Lending;
import khodyar.domain.assembly.AssemblyEffect;
import khodyar.domain.assembly.Decision;
import khodyar.domain.assembly.LoanRequest;
import khodyar.domain.assembly.Proposal;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/** The assembly decided a loan request: the loan is approved (and the treasurers asked to pay out) or refused. */
@Component
public class LoanDecisions implements ProposalDecidedListener {

    private final Lending lending;
    private final Clock clock;

    public LoanDecisions(Lending lending, Clock clock) {
        this.lending = lending;
        this.clock = clock;
    }

    @Override
    public void decided(Proposal proposal, Decision decision, List<AssemblyEffect> effects) {
        if (proposal.payload() instanceof LoanRequest request) {
            lending.decided(request, decision, clock.instant());
        }
    }
}
