package khodyar.domain.assembly;

import khodyar.domain.assembly.AssemblyEvent.ProposalOpened;

public record Opening(Proposal proposal, ProposalOpened opened) {
}
