package khodyar.domain.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import khodyar.domain.common.Outcome;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;

/**
 * A meeting of a group: when (a local date and time in the group's zone), where, about what, who
 * leads it, and where it stands. Each change is one guarded method; a change the meeting's status
 * does not allow is a bug of the caller and throws, while what a person may get wrong (a time in
 * the past) is refused with a reason.
 *
 * @param revision  how often it was moved; reminders are per revision, so a moved meeting is reminded again
 * @param changedAt when it was scheduled or last moved; reminders due before that are not sent
 * @param present   who came, once attendance is recorded
 */
public record Meeting(
        MeetingId id,
        GroupId group,
        MeetingKind kind,
        LocalDateTime at,
        ZoneId zone,
        String place,
        String topic,
        PersonId ledBy,
        MeetingStatus status,
        int revision,
        Instant changedAt,
        PersonId changedBy,
        Training training,
        Set<PersonId> present,
        PersonId attendanceBy,
        String cancelReason) {

    /** Nobody plans a meeting further ahead; a date beyond this is a typing mistake. */
    public static final Duration FURTHEST_AHEAD = Duration.ofDays(366);
    public static final int LONGEST_PLACE = 200;

    public Meeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(changedAt, "changedAt");
        place = place == null ? "" : place.strip();
        topic = topic == null ? "" : topic.strip();
        present = present == null ? Set.of() : Set.copyOf(present);
        cancelReason = cancelReason == null ? "" : cancelReason.strip();
        if (training != null && !kind.teaches()) {
            throw new IllegalArgumentException("a " + kind + " meeting records no training");
        }
    }

    /** A meeting to come; refused when its time has passed, is absurdly far ahead, or the place is too long. */
    public static Outcome<Meeting> schedule(MeetingId id, GroupId group, MeetingKind kind, LocalDateTime at, ZoneId zone,
                                           String place, String topic, PersonId by, Instant now) {
        Optional<Outcome<Meeting>> refused = MeetingPolicies.refusalToPlan(at, zone, place, now);
        if (refused.isPresent()) {
            return refused.get();
        }
        return Outcome.done(new Meeting(id, group, kind, at, zone, place, topic, by, MeetingStatus.SCHEDULED, 0, now,
                by, null, Set.of(), null, null));
    }

    /**
     * A training that has just been held, recorded after the fact by the person who ran it; its
     * attendance follows with {@link #recordAttendance}.
     */
    public static Meeting trainingHeld(MeetingId id, GroupId group, Training training, LocalDateTime at, ZoneId zone,
                                       String place, PersonId by, Instant now) {
        return new Meeting(id, group, MeetingKind.TRAINING, at, zone, place, "", by, MeetingStatus.HELD, 0, now, by,
                training, Set.of(), by, null);
    }

    public Instant startsAt() {
        return at.atZone(zone).toInstant();
    }

    public LocalDate date() {
        return at.toLocalDate();
    }

    public LocalTime time() {
        return at.toLocalTime();
    }

    public Optional<Training> trainingRecord() {
        return Optional.ofNullable(training);
    }

    public boolean isHeld() {
        return status == MeetingStatus.HELD;
    }

    /** Moves a meeting still to come to another time; everyone is told by the caller. */
    public Outcome<Meeting> move(LocalDateTime newAt, PersonId by, Instant now) {
        requireUpcoming("move");
        Optional<Outcome<Meeting>> refused = MeetingPolicies.refusalToPlan(newAt, zone, place, now);
        if (refused.isPresent()) {
            return refused.get();
        }
        return Outcome.done(new Meeting(id, group, kind, newAt, zone, place, topic, ledBy, MeetingStatus.MOVED,
                revision + 1, now, by, training, present, attendanceBy, cancelReason));
    }

    /** Cancels a meeting still to come. */
    public Meeting cancel(PersonId by, String reason, Instant now) {
        requireUpcoming("cancel");
        return new Meeting(id, group, kind, at, zone, place, topic, ledBy, MeetingStatus.CANCELLED, revision, now, by,
                training, present, attendanceBy, reason);
    }

    /**
     * Records who came; the meeting is then held. Refused before the meeting has begun. Recording
     * again replaces the list (the secretary corrects a mistake).
     */
    public Outcome<Meeting> recordAttendance(Set<PersonId> whoCame, PersonId by, Instant now) {
        if (status == MeetingStatus.CANCELLED) {
            throw new IllegalStateException("cannot record attendance of cancelled meeting " + id.value());
        }
        if (now.isBefore(startsAt())) {
            return Outcome.refused("meeting.refused.notStarted");
        }
        return Outcome.done(new Meeting(id, group, kind, at, zone, place, topic, ledBy, MeetingStatus.HELD, revision,
                changedAt, changedBy, training, whoCame, by, cancelReason));
    }

    /** Records what a training or business-development session taught and who taught it. */
    public Meeting recordTraining(Training taught) {
        if (!kind.teaches()) {
            throw new IllegalStateException("a " + kind + " meeting records no training: " + id.value());
        }
        if (status == MeetingStatus.CANCELLED) {
            throw new IllegalStateException("cannot record a training for cancelled meeting " + id.value());
        }
        return new Meeting(id, group, kind, at, zone, place, topic, ledBy, status, revision, changedAt, changedBy,
                taught, present, attendanceBy, cancelReason);
    }

    private void requireUpcoming(String change) {
        if (!status.isUpcoming()) {
            throw new IllegalStateException("cannot " + change + " meeting " + id.value() + " that is " + status);
        }
    }
}
