package khodyar.domain.assembly;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import khodyar.domain.assembly.AssemblyEffect.BankLoanDistributionAgreed;
import khodyar.domain.assembly.AssemblyEffect.BoardElected;
import khodyar.domain.assembly.AssemblyEffect.ConstitutionAdopted;
import khodyar.domain.assembly.AssemblyEffect.RateDecided;
import khodyar.domain.assembly.AssemblyEffect.RepresentativesElected;
import khodyar.domain.assembly.AssemblyEffect.SavingsAgreed;
import khodyar.domain.group.Role;

/**
 * The roadmap steps the assembly's decided proposals settle, in one place: the constitution adopted
 * (O2), the savings agreement made (O3), every board seat filled (O4), the rate decided (C4), a bank
 * loan's distribution agreed (M2), representatives elected (M10). Lost votes and open ones settle nothing.
 * Step ids are the roadmap's names (F1..M11), as {@link ProposalKind#roadmapStepId()} gives them.
 */
public final class DecidedSteps {

    public static Set<String> of(Collection<Proposal> proposals) {
        Set<String> steps = new LinkedHashSet<>();
        Set<Role> seatsFilled = EnumSet.noneOf(Role.class);
        for (Proposal proposal : proposals) {
            if (proposal.isOpen()) {
                continue;
            }
            List<AssemblyEffect> effects = AssemblyEffects.of(proposal);
            for (AssemblyEffect effect : effects) {
                if (effect instanceof BoardElected elected) {
                    seatsFilled.add(elected.seat());
                } else if (effect instanceof ConstitutionAdopted || effect instanceof SavingsAgreed
                        || effect instanceof RateDecided || effect instanceof BankLoanDistributionAgreed
                        || effect instanceof RepresentativesElected) {
                    proposal.kind().roadmapStepId().ifPresent(steps::add);
                }
            }
        }
        if (seatsFilled.containsAll(Role.BOARD)) {
            steps.add(ProposalKind.BOARD_ELECTION.roadmapStepId().orElseThrow());
        }
        return Set.copyOf(steps);
    }

    private DecidedSteps() {
    }
}
