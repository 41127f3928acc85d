package khodyar.domain.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which facts of the books complete which steps, in one place. The steps the books decide (C3, C5,
 * C9, M1, M7, M9) complete only this way. Steps a person signs off may also be settled by a
 * record: C4 by the assembly's vote on the rate, C6 by the local implementer's request on record,
 * the assembly's other decisions (O2, O3, O4, M2, M10) by its passed votes, and the trainings
 * (C1, C2, C10, M5, M6) by the trainings held, so the facilitator need not sign what is on record.
 */
public final class RoadmapBooks {

    /** Savings are "regular" (C3) once this many rounds have been collected and closed. */
    public static final int CLOSED_ROUNDS_FOR_REGULAR_SAVINGS = 3;

    public record BookRule(StepId step, Predicate<BookFacts> holds) {
    }

    private RoadmapBooks() {
    }

    /** Steps a record outside the ledger may settle: the assembly's decisions and the trainings. */
    public static final List<StepId> SETTLED_BY_RECORD = List.of(StepId.O2, StepId.O3, StepId.O4, StepId.C1,
            StepId.C2, StepId.C10, StepId.M2, StepId.M5, StepId.M6, StepId.M10);

    public static List<BookRule> allRules() {
        List<BookRule> rules = new ArrayList<>(List.of(
                new BookRule(StepId.C3, facts -> facts.closedSavingsRounds() >= CLOSED_ROUNDS_FOR_REGULAR_SAVINGS),
                new BookRule(StepId.C4, facts -> facts.interestRateDecided() || facts.onRecord(StepId.C4)),
                new BookRule(StepId.C5, facts -> facts.internalLoansPaidOut() >= 1),
                new BookRule(StepId.C6, BookFacts::capitalAssistanceRequested),
                new BookRule(StepId.C9, facts -> facts.internalRepaymentsConfirmed() >= 1),
                new BookRule(StepId.M1, facts -> facts.bankLoansReceived() >= 1),
                new BookRule(StepId.M7, facts -> facts.bankLoansRepaid() >= 1),
                new BookRule(StepId.M9, facts -> facts.bankLoansReceived() >= 2)));
        SETTLED_BY_RECORD.forEach(step -> rules.add(new BookRule(step, facts -> facts.onRecord(step))));
        return List.copyOf(rules);
    }

    public static Optional<BookRule> ruleFor(StepId step) {
        return allRules().stream().filter(rule -> rule.step() == step).findFirst();
    }
}
