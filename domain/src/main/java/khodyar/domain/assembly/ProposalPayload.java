package khodyar.domain.assembly;

/** What a proposal asks the assembly to decide; the payload fixes the proposal's kind. */
public sealed interface ProposalPayload
        permits RateTerms, LoanRequest, ConstitutionTerms, SavingsTerms, Distribution, FreeMotion,
        ElectionPayload {

    ProposalKind kind();
}
