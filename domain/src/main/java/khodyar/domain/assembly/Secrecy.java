package khodyar.domain.assembly;

/** Whether a ballot records who chose what (OPEN) or only who took part and the counts (SECRET). */
public enum Secrecy {
    OPEN("assembly.secrecy.open"),
    SECRET("assembly.secrecy.secret");

    private final String messageKey;

    Secrecy(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
