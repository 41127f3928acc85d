package khodyar.domain.meeting;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import khodyar.domain.roadmap.StepId;

/**
 * The trainings a group has held, counted by subject, and the roadmap steps they fulfil. The rules
 * (our reading of the roadmap) are listed together: one accounting session for everyone fulfils C1,
 * one for the treasurer C2, one business-development session C10, two more such sessions M5 ("at
 * least two"), and a business-plan session M6.
 */
public final class TrainingRecord {

    record StepRule(StepId step, Predicate<TrainingRecord> fulfilled) {
    }

    private static final List<StepRule> RULES = List.of(
            new StepRule(StepId.C1, record -> record.sessions(TrainingSubject.ACCOUNTING_FOR_ALL) >= 1),
            new StepRule(StepId.C2, record -> record.sessions(TrainingSubject.ACCOUNTING_FOR_TREASURER) >= 1),
            new StepRule(StepId.C10, record -> record.sessions(TrainingSubject.BUSINESS_DEVELOPMENT) >= 1),
            new StepRule(StepId.M5, record -> record.sessions(TrainingSubject.BUSINESS_DEVELOPMENT) >= 3),
            new StepRule(StepId.M6, record -> record.sessions(TrainingSubject.BUSINESS_PLAN) >= 1));

    private final Map<TrainingSubject, Integer> sessions;

    private TrainingRecord(Map<TrainingSubject, Integer> sessions) {
        this.sessions = Collections.unmodifiableMap(sessions);
    }

    /** The record of the held meetings that recorded a training; others are skipped. */
    public static TrainingRecord of(Collection<Meeting> meetings) {
        Map<TrainingSubject, Integer> counts = new EnumMap<>(TrainingSubject.class);
        meetings.stream().filter(Meeting::isHeld).flatMap(m -> m.trainingRecord().stream())
                .forEach(training -> counts.merge(training.subject(), 1, Integer::sum));
        return new TrainingRecord(counts);
    }

    public int sessions(TrainingSubject subject) {
        return sessions.getOrDefault(subject, 0);
    }

    /** Sessions held, by subject, in the roadmap's order; subjects never taught are absent. */
    public Map<TrainingSubject, Integer> sessionsBySubject() {
        return sessions;
    }

    /**
     * Sessions held toward a roadmap step: those of the subjects that belong to it, and for M5 the
     * business-development sessions its rule counts.
     */
    public int sessionsToward(StepId step) {
        int total = 0;
        for (TrainingSubject subject : TrainingSubject.values()) {
            boolean counts = subject.step().filter(step::equals).isPresent()
                    || (step == StepId.M5 && subject == TrainingSubject.BUSINESS_DEVELOPMENT);
            total += counts ? sessions(subject) : 0;
        }
        return total;
    }

    /** The roadmap steps these trainings fulfil. */
    public Set<StepId> stepsFulfilled() {
        Set<StepId> steps = EnumSet.noneOf(StepId.class);
        RULES.stream().filter(rule -> rule.fulfilled().test(this)).forEach(rule -> steps.add(rule.step()));
        return steps;
    }
}
