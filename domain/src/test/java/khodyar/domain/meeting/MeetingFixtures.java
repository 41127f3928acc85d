package khodyar.domain.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;

/** A group in Tehran, its facilitator and a few members, and meetings of theirs. */
final class MeetingFixtures {

    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    static final GroupId OMID = new GroupId("g-omid");
    static final PersonId FACILITATOR = new PersonId(1);
    static final PersonId MARYAM = new PersonId(11);
    static final PersonId ZAHRA = new PersonId(12);
    static final PersonId ALI = new PersonId(13);
    /** Monday 1 December 2025, 09:00 in Tehran. */
    static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2025, 12, 1, 9, 0);
    static final Instant NOW = MONDAY_MORNING.atZone(TEHRAN).toInstant();

    private MeetingFixtures() {
    }

    static Instant tehran(LocalDateTime local) {
        return local.atZone(TEHRAN).toInstant();
    }

    static Meeting aMeetingOn(String id, LocalDateTime at) {
        return Meeting.schedule(new MeetingId(id), OMID, MeetingKind.REGULAR, at, TEHRAN, "the mosque hall", "",
                FACILITATOR, NOW).orElseThrow();
    }

    /** A meeting held at the given time, with who came. */
    static Meeting aHeldMeeting(String id, LocalDateTime at, PersonId... whoCame) {
        return aMeetingOn(id, at).recordAttendance(Set.of(whoCame), FACILITATOR, tehran(at.plusHours(2))).orElseThrow();
    }

    static Meeting aTraining(String id, TrainingSubject subject, LocalDateTime at) {
        return Meeting.trainingHeld(new MeetingId(id), OMID, new Training(subject, "Mrs Karimi"), at, TEHRAN, "school",
                FACILITATOR, tehran(at));
    }
}
