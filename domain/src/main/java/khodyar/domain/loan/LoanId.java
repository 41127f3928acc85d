package khodyar.domain.loan;

public record LoanId(String value) {
    public LoanId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("loan id is empty");
        }
    }
}
