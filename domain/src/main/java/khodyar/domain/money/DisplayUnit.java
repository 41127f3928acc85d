package khodyar.domain.money;

/** How a group sees amounts. Stored money is always rials. */
public enum DisplayUnit {
    TOMAN(10, "unit.toman"),
    RIAL(1, "unit.rial"),
    /** The new rial of the 2025 redenomination: 10,000 old rials. */
    NEW_RIAL(10_000, "unit.newRial");

    private final long rialsPerUnit;
    private final String messageKey;

    DisplayUnit(long rialsPerUnit, String messageKey) {
        this.rialsPerUnit = rialsPerUnit;
        this.messageKey = messageKey;
    }

    public long rialsPerUnit() {
        return rialsPerUnit;
    }

    public String messageKey() {
        return messageKey;
    }
}
