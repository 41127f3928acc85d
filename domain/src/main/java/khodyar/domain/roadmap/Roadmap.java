package khodyar.domain.roadmap;

import static khodyar.domain.roadmap.StepOwner.ASSEMBLY;
import static khodyar.domain.roadmap.StepOwner.BOOKS;
import static khodyar.domain.roadmap.StepOwner.FACILITATOR;
import static khodyar.domain.roadmap.StepOwner.LOCAL_IMPLEMENTER;
import static khodyar.domain.roadmap.StepOwner.PARENT_EXPERT;
import static khodyar.domain.roadmap.StepOwner.TREASURER;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The programme's roadmap as data: every step in order, who owns it and what it records. The
 * owners are our reading of {@code shared/roadmap/roadmap-fa.txt}; the table here is the one place
 * they are decided.
 */
public final class Roadmap {

    private static final Roadmap STANDARD = new Roadmap(List.of(
            // Stage 1: forming. Trainings and meetings the facilitator runs; F1, F4, F5 carry assessments.
            meeting(StepId.F1, 2, FACILITATOR),
            meeting(StepId.F2, 0, FACILITATOR),
            meeting(StepId.F3, 0, FACILITATOR),
            meeting(StepId.F4, 3, FACILITATOR),
            meeting(StepId.F5, 2, FACILITATOR),
            task(StepId.F6, 0, FACILITATOR),
            // Stage 2: organising. The group's own decisions are the assembly's.
            meeting(StepId.O1, 0, ASSEMBLY),
            meeting(StepId.O2, 0, ASSEMBLY),
            meeting(StepId.O3, 0, ASSEMBLY),
            meeting(StepId.O4, 0, ASSEMBLY),
            meeting(StepId.O5, 1, FACILITATOR),
            meeting(StepId.O6, 0, FACILITATOR),
            task(StepId.O7, 2, TREASURER, FACILITATOR),
            // Stage 3: capacity building, the critical stage.
            meeting(StepId.C1, 0, FACILITATOR),
            meeting(StepId.C2, 0, FACILITATOR),
            books(StepId.C3),
            meeting(StepId.C4, 0, ASSEMBLY),
            books(StepId.C5),
            task(StepId.C6, 0, LOCAL_IMPLEMENTER),
            new Step(StepId.C7, List.of(FACILITATOR), Step.signedEvidence(), true, 0, true),
            meeting(StepId.C8, 0, FACILITATOR),
            books(StepId.C9),
            meeting(StepId.C10, 0, FACILITATOR),
            meeting(StepId.C11, 0, LOCAL_IMPLEMENTER),
            meeting(StepId.C12, 0, PARENT_EXPERT),
            task(StepId.C13, 0, PARENT_EXPERT, LOCAL_IMPLEMENTER),
            // Stage 4: maturity. Bank loans received and repaid are facts of the books.
            books(StepId.M1),
            meeting(StepId.M2, 0, ASSEMBLY),
            task(StepId.M3, 0, FACILITATOR),
            task(StepId.M4, 0, TREASURER, FACILITATOR),
            new Step(StepId.M5, List.of(FACILITATOR), Step.meetingEvidence(), false, 0, true),
            meeting(StepId.M6, 0, FACILITATOR),
            books(StepId.M7),
            task(StepId.M8, 0, LOCAL_IMPLEMENTER, FACILITATOR),
            books(StepId.M9),
            meeting(StepId.M10, 0, ASSEMBLY),
            meeting(StepId.M11, 0, FACILITATOR)));

    private final List<Step> steps;
    private final Map<StepId, Step> byId = new EnumMap<>(StepId.class);
    private final Map<Stage, List<Step>> byStage = new EnumMap<>(Stage.class);

    private Roadmap(List<Step> steps) {
        this.steps = List.copyOf(steps);
        for (Step step : steps) {
            if (byId.put(step.id(), step) != null) {
                throw new IllegalStateException("step listed twice: " + step.id());
            }
        }
        if (byId.size() != StepId.values().length) {
            throw new IllegalStateException("the roadmap must list every step id once");
        }
        for (Stage stage : Stage.values()) {
            byStage.put(stage, steps.stream().filter(step -> step.stage() == stage).toList());
        }
    }

    public static Roadmap standard() {
        return STANDARD;
    }

    public List<Step> steps() {
        return steps;
    }

    public Step step(StepId id) {
        return byId.get(id);
    }

    public List<Step> stepsOf(Stage stage) {
        return byStage.get(stage);
    }

    /** The steps that count towards completing the stage: all but the struck-out ones. */
    public List<Step> requiredStepsOf(Stage stage) {
        List<Step> required = new ArrayList<>();
        for (Step step : stepsOf(stage)) {
            if (!step.struckOut()) {
                required.add(step);
            }
        }
        return List.copyOf(required);
    }

    public String titleKey() {
        return "roadmap.title";
    }

    /** The groundwork kanoons do before any group exists (stage 1's preamble in the source). */
    public List<String> groundworkKeys() {
        return List.of("roadmap.stage.1.groundwork.1", "roadmap.stage.1.groundwork.2",
                "roadmap.stage.1.groundwork.3");
    }

    private static Step meeting(StepId id, int activities, StepOwner... owners) {
        return new Step(id, List.of(owners), Step.meetingEvidence(), false, activities, false);
    }

    private static Step task(StepId id, int activities, StepOwner... owners) {
        return new Step(id, List.of(owners), Step.signedEvidence(), false, activities, false);
    }

    private static Step books(StepId id) {
        return new Step(id, List.of(BOOKS), Step.booksEvidence(), false, 0, false);
    }
}
