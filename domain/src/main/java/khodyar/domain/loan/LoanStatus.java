package khodyar.domain.loan;

/** Where a loan is in its life. Each change is a guarded method on {@link Loan}. */
public enum LoanStatus {
    REQUESTED("loan.status.requested"),
    APPROVED("loan.status.approved"),
    REFUSED("loan.status.refused"),
    DISBURSED("loan.status.disbursed"),
    REPAYING("loan.status.repaying"),
    OVERDUE("loan.status.overdue"),
    REPAID("loan.status.repaid"),
    WRITTEN_OFF("loan.status.writtenOff");

    private final String messageKey;

    LoanStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Paid out and not yet closed: the member owes the fund money. */
    public boolean isOutstanding() {
        return this == DISBURSED || this == REPAYING || this == OVERDUE;
    }

    /** The money went out at some point (closed loans included). */
    public boolean wasDisbursed() {
        return isOutstanding() || this == REPAID || this == WRITTEN_OFF;
    }
}
