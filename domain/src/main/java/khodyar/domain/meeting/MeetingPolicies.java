package khodyar.domain.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import khodyar.domain.common.Outcome;
import khodyar.domain.common.Refusal;

/** The rules a meeting's time and place must keep, listed together. */
public final class MeetingPolicies {

    /** What one rule sees: the planned local time, the zone, the place and now. */
    record Plan(LocalDateTime at, ZoneId zone, String place, Instant now) {
        Instant startsAt() {
            return at.atZone(zone).toInstant();
        }
    }

    private static final List<Function<Plan, Optional<Refusal>>> PLANNING_RULES = List.of(
            MeetingPolicies::notInThePast,
            MeetingPolicies::notAbsurdlyFarAhead,
            MeetingPolicies::placeIsShort);

    private MeetingPolicies() {
    }

    static <T> Optional<Outcome<T>> refusalToPlan(LocalDateTime at, ZoneId zone, String place, Instant now) {
        Plan plan = new Plan(at, zone, place == null ? "" : place.strip(), now);
        for (Function<Plan, Optional<Refusal>> rule : PLANNING_RULES) {
            Optional<Refusal> refusal = rule.apply(plan);
            if (refusal.isPresent()) {
                return Optional.of(Outcome.refused(refusal.get()));
            }
        }
        return Optional.empty();
    }

    static Optional<Refusal> notInThePast(Plan plan) {
        return plan.startsAt().isAfter(plan.now()) ? Optional.empty() : Optional.of(Refusal.of("meeting.refused.past"));
    }

    static Optional<Refusal> notAbsurdlyFarAhead(Plan plan) {
        return plan.startsAt().isAfter(plan.now().plus(Meeting.FURTHEST_AHEAD))
                ? Optional.of(Refusal.of("meeting.refused.tooFar")) : Optional.empty();
    }

    static Optional<Refusal> placeIsShort(Plan plan) {
        return plan.place().length() > Meeting.LONGEST_PLACE
                ? Optional.of(Refusal.of("meeting.refused.placeTooLong", Meeting.LONGEST_PLACE)) : Optional.empty();
    }
}
