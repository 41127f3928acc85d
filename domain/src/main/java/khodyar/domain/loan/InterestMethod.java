package khodyar.domain.loan;

/**
 * How interest is charged. Flat: on the original principal for the whole term, spread evenly.
 * Declining balance: on what is still owed each period, either with equal instalments
 * (annuity) or with equal principal parts (instalments fall over time).
 */
public enum InterestMethod {
    FLAT("loan.method.flat"),
    DECLINING_BALANCE_EQUAL_INSTALMENTS("loan.method.decliningEqualInstalments"),
    DECLINING_BALANCE_EQUAL_PRINCIPAL("loan.method.decliningEqualPrincipal");

    private final String messageKey;

    InterestMethod(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean isDecliningBalance() {
        return this != FLAT;
    }
}
