package khodyar.domain.roadmap;

import java.util.Locale;
import java.util.Optional;

/** The stable ids of the roadmap's steps, as in {@code shared/roadmap/roadmap-en.md}, in roadmap order. */
public enum StepId {
    F1, F2, F3, F4, F5, F6,
    O1, O2, O3, O4, O5, O6, O7,
    C1, C2, C3, C4, C5, C6, C7, C8, C9, C10, C11, C12, C13,
    M1, M2, M3, M4, M5, M6, M7, M8, M9, M10, M11;

    public Stage stage() {
        return switch (name().charAt(0)) {
            case 'F' -> Stage.FORMING;
            case 'O' -> Stage.ORGANISING;
            case 'C' -> Stage.CAPACITY_BUILDING;
            case 'M' -> Stage.MATURITY;
            default -> throw new IllegalStateException("step id without a stage letter: " + name());
        };
    }

    /** The step's number within its stage, as the source numbers it. */
    public int numberInStage() {
        return Integer.parseInt(name().substring(1));
    }

    /** Reads an id typed by a user ({@code c6}, {@code M11}); empty when there is no such step. */
    public static Optional<StepId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (StepId id : values()) {
            if (id.name().equals(wanted)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
