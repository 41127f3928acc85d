package khodyar.domain.assembly;

public record ProposalId(String value) {
    public ProposalId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("proposal id is empty");
        }
    }
}
