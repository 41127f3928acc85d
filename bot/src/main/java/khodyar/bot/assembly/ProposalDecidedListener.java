package khodyar.bot.assembly;

import khodyar.domain.assembly.AssemblyEffect;
import khodyar.domain.assembly.Decision;
import khodyar.domain.assembly.Proposal;

import java.util.List;

/**
 * Told when the assembly has decided a proposal (the loan feature approves or refuses a loan this
 * way). Every Spring bean implementing it is called once per proposal, after the decision is stored
 * and the group's rules are updated. If the process dies while listeners are being told, those not
 * yet told are told after the restart; a listener that throws is called again later, so its work
 * should be keyed by the proposal id.
 */
public interface ProposalDecidedListener {

    void decided(Proposal proposal, Decision decision, List<AssemblyEffect> effects);
}
