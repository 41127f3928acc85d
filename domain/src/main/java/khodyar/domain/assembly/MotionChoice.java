package khodyar.domain.assembly;

public enum MotionChoice implements Choice {
    FOR("assembly.choice.for"),
    AGAINST("assembly.choice.against"),
    ABSTAIN("assembly.choice.abstain");

    private final String labelKey;

    MotionChoice(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
