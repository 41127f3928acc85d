package khodyar.domain.roadmap;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import khodyar.domain.common.Refusal;

/**
 * The roadmap's gates: conditions a step needs beyond its stage and its owner. Each gate is a small
 * policy that allows (empty) or refuses with a reason key; the whole rule set is
 * {@link #allCurrentGates()}. Gates hold for sign-offs by hand and for steps the books settle alike.
 */
public final class RoadmapGates {

    public static final int SAVINGS_ROUNDS_BEFORE_CAPITAL_ASSISTANCE = 3;

    @FunctionalInterface
    public interface GatePolicy {
        Optional<Refusal> check(GroupRoadmap roadmap, BookFacts facts);
    }

    /** A gate in front of one step. */
    public record Gate(StepId step, GatePolicy policy) {
        public Optional<Refusal> check(GroupRoadmap roadmap, BookFacts facts) {
            return policy.check(roadmap, facts);
        }
    }

    private RoadmapGates() {
    }

    public static List<Gate> allCurrentGates() {
        return List.of(
                new Gate(StepId.O7, RoadmapGates::fundNeedsAConfirmedDeposit),
                new Gate(StepId.C5, RoadmapGates::lendingNeedsTheRateDecided),
                new Gate(StepId.C6, RoadmapGates::capitalAssistanceNeedsThreeSavingsRounds),
                new Gate(StepId.C13, RoadmapGates::bankabilityNeedsBothCreditAssessments),
                new Gate(StepId.M8, RoadmapGates::secondAssessmentNeedsFirstBankLoanRepaid));
    }

    /** The first gate in front of the step that refuses, if any. */
    public static Optional<Refusal> firstRefusal(StepId step, GroupRoadmap roadmap, BookFacts facts) {
        return allCurrentGates().stream()
                .filter(gate -> gate.step() == step)
                .map(gate -> gate.check(roadmap, facts))
                .flatMap(Optional::stream)
                .findFirst();
    }

    static Optional<Refusal> fundNeedsAConfirmedDeposit(GroupRoadmap roadmap, BookFacts facts) {
        return facts.confirmedDeposits() >= 1
                ? Optional.empty()
                : Optional.of(Refusal.of("roadmap.gate.o7.firstDeposit"));
    }

    static Optional<Refusal> lendingNeedsTheRateDecided(GroupRoadmap roadmap, BookFacts facts) {
        return roadmap.isDone(StepId.C4)
                ? Optional.empty()
                : Optional.of(Refusal.of("roadmap.gate.c5.rateDecided"));
    }

    static Optional<Refusal> capitalAssistanceNeedsThreeSavingsRounds(GroupRoadmap roadmap, BookFacts facts) {
        int rounds = facts.closedSavingsRounds();
        return rounds >= SAVINGS_ROUNDS_BEFORE_CAPITAL_ASSISTANCE
                ? Optional.empty()
                : Optional.of(Refusal.of("roadmap.gate.c6.rounds", rounds, SAVINGS_ROUNDS_BEFORE_CAPITAL_ASSISTANCE));
    }

    static Optional<Refusal> bankabilityNeedsBothCreditAssessments(GroupRoadmap roadmap, BookFacts facts) {
        String missing = Stream.of(StepId.C11, StepId.C12)
                .filter(step -> !roadmap.isDone(step))
                .map(StepId::name)
                .collect(Collectors.joining(", "));
        return missing.isEmpty()
                ? Optional.empty()
                : Optional.of(Refusal.of("roadmap.gate.c13.creditAssessments", missing));
    }

    static Optional<Refusal> secondAssessmentNeedsFirstBankLoanRepaid(GroupRoadmap roadmap, BookFacts facts) {
        return roadmap.isDone(StepId.M7)
                ? Optional.empty()
                : Optional.of(Refusal.of("roadmap.gate.m8.firstBankLoanRepaid"));
    }
}
