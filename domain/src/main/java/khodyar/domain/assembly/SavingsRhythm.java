package khodyar.domain.assembly;

public enum SavingsRhythm {
    WEEKLY("assembly.rhythm.weekly"),
    FORTNIGHTLY("assembly.rhythm.fortnightly"),
    MONTHLY("assembly.rhythm.monthly");

    private final String messageKey;

    SavingsRhythm(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
