package khodyar.domain.ledger;

/** What the group earned income from. */
public enum IncomeKind {
    INTEREST("interest"),
    FEE("fee"),
    FINE("fine");

    private final String keyPart;

    IncomeKind(String keyPart) {
        this.keyPart = keyPart;
    }

    String keyPart() {
        return keyPart;
    }

    static IncomeKind fromKeyPart(String keyPart) {
        for (IncomeKind kind : values()) {
            if (kind.keyPart.equals(keyPart)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown income kind: " + keyPart);
    }
}
