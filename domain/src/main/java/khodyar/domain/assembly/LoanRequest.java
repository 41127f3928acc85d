package khodyar.domain.assembly;

import java.util.Objects;
import khodyar.domain.group.PersonId;
import khodyar.domain.money.Money;

/** A member's request for an internal loan; the loan module owns the loan, the assembly approves it. */
public record LoanRequest(String loanId, PersonId borrower, Money amount, int months, String purpose)
        implements ProposalPayload {

    public LoanRequest {
        if (loanId == null || loanId.isBlank()) {
            throw new IllegalArgumentException("loan id is empty");
        }
        Objects.requireNonNull(borrower, "borrower");
        Objects.requireNonNull(amount, "amount");
        if (amount.isZero()) {
            throw new IllegalArgumentException("a loan of nothing");
        }
        if (months < 1) {
            throw new IllegalArgumentException("a loan lasts at least a month: " + months);
        }
        purpose = purpose == null ? "" : purpose.strip();
    }

    @Override
    public ProposalKind kind() {
        return ProposalKind.INTERNAL_LOAN;
    }
}
