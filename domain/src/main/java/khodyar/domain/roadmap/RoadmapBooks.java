package khodyar.domain.roadmap;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which facts of the books complete which steps, in one place. The steps the books decide (C3, C5,
 * C9, M1, M7, M9) complete only this way. Two steps a person signs off may also be settled by a
 * record: C4 by the assembly's vote on the rate, C6 by the local implementer's request on record.
 */
public final class RoadmapBooks {

    /** Savings are "regular" (C3) once this many rounds have been collected and closed. */
    public static final int CLOSED_ROUNDS_FOR_REGULAR_SAVINGS = 3;

    public record BookRule(StepId step, Predicate<BookFacts> holds) {
    }

    private RoadmapBooks() {
    }

    public static List<BookRule> allRules() {
        return List.of(
                new BookRule(StepId.C3, facts -> facts.closedSavingsRounds() >= CLOSED_ROUNDS_FOR_REGULAR_SAVINGS),
                new BookRule(StepId.C4, BookFacts::interestRateDecided),
                new BookRule(StepId.C5, facts -> facts.internalLoansPaidOut() >= 1),
                new BookRule(StepId.C6, BookFacts::capitalAssistanceRequested),
                new BookRule(StepId.C9, facts -> facts.internalRepaymentsConfirmed() >= 1),
                new BookRule(StepId.M1, facts -> facts.bankLoansReceived() >= 1),
                new BookRule(StepId.M7, facts -> facts.bankLoansRepaid() >= 1),
                new BookRule(StepId.M9, facts -> facts.bankLoansReceived() >= 2));
    }

    public static Optional<BookRule> ruleFor(StepId step) {
        return allRules().stream().filter(rule -> rule.step() == step).findFirst();
    }
}
