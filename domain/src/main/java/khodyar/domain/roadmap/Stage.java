package khodyar.domain.roadmap;

import java.util.Optional;

/** The four stages of the roadmap, in the order a group goes through them. */
public enum Stage {
    FORMING(1),
    ORGANISING(2),
    CAPACITY_BUILDING(3),
    MATURITY(4);

    private final int number;

    Stage(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public String titleKey() {
        return "roadmap.stage." + number + ".title";
    }

    public static Stage ofNumber(int number) {
        for (Stage stage : values()) {
            if (stage.number == number) {
                return stage;
            }
        }
        throw new IllegalArgumentException("no roadmap stage " + number);
    }

    /** The stage after this one; empty after maturity, the last stage. */
    public Optional<Stage> next() {
        return number < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public boolean isAfter(Stage other) {
        return compareTo(other) > 0;
    }
}
