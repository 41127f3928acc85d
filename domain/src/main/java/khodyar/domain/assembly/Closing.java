package khodyar.domain.assembly;

import khodyar.domain.assembly.AssemblyEvent.ProposalDecided;

public record Closing(Proposal proposal, ProposalDecided decided) {
}
