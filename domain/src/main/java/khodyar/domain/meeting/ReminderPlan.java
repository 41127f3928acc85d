package khodyar.domain.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When people are reminded of a meeting: by default a day before and an hour before; a group may
 * choose other leads. A reminder is due in a window of time, not at an exact instant, so a job that
 * ran late (or not at all for a while) still sends what fell due meanwhile.
 */
public record ReminderPlan(List<Lead> leads) {

    /** How long before the meeting a reminder goes out, and its short name in outbox ids. */
    public record Lead(String name, Duration before) {
        public Lead {
            Objects.requireNonNull(name, "name");
            if (before == null || before.isNegative() || before.isZero()) {
                throw new IllegalArgumentException("a reminder goes out before the meeting: " + before);
            }
        }
    }

    public static final Lead DAY_BEFORE = new Lead("day", Duration.ofDays(1));
    public static final Lead HOUR_BEFORE = new Lead("hour", Duration.ofHours(1));
    public static final ReminderPlan STANDARD = new ReminderPlan(List.of(DAY_BEFORE, HOUR_BEFORE));

    /** Longest lead first; names are unique because they are part of outbox ids. */
    public ReminderPlan {
        leads = leads.stream().sorted(Comparator.comparing(Lead::before).reversed()).toList();
        if (leads.stream().map(Lead::name).distinct().count() != leads.size()) {
            throw new IllegalArgumentException("two reminders with one name: " + leads);
        }
    }

    /** A plan with the given numbers of hours before, named {@code h<hours>} (the standard ones keep their names). */
    public static ReminderPlan ofHours(List<Long> hoursBefore) {
        return new ReminderPlan(hoursBefore.stream().distinct().map(ReminderPlan::leadOfHours).toList());
    }

    private static Lead leadOfHours(long hours) {
        if (hours == 24) {
            return DAY_BEFORE;
        }
        if (hours == 1) {
            return HOUR_BEFORE;
        }
        return new Lead("h" + hours, Duration.ofHours(hours));
    }

    /** A reminder of one meeting that is due. */
    public record Due(Meeting meeting, Lead lead, Instant dueAt) {
    }

    /**
     * The reminders of this meeting that fell due after {@code since} and up to {@code until}: the
     * meeting is still to come at {@code until}, and the reminder's time is after the meeting was
     * scheduled or moved (people were told then).
     */
    public List<Due> dueBetween(Meeting meeting, Instant since, Instant until) {
        List<Due> due = new ArrayList<>();
        if (!meeting.status().isUpcoming() || !meeting.startsAt().isAfter(until)) {
            return due;
        }
        for (Lead lead : leads) {
            Instant at = meeting.startsAt().minus(lead.before());
            if (at.isAfter(since) && !at.isAfter(until) && at.isAfter(meeting.changedAt())) {
                due.add(new Due(meeting, lead, at));
            }
        }
        return due;
    }

    /** How far back a job must look for meetings whose reminders may be due now. */
    public Duration longestLead() {
        return leads.isEmpty() ? Duration.ZERO : leads.get(0).before();
    }
}
