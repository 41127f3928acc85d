package khodyar.domain.meeting;

import static khodyar.domain.meeting.MeetingFixtures.FACILITATOR;
import static khodyar.domain.meeting.MeetingFixtures.MARYAM;
import static khodyar.domain.meeting.MeetingFixtures.MONDAY_MORNING;
import static khodyar.domain.meeting.MeetingFixtures.NOW;
import static khodyar.domain.meeting.MeetingFixtures.OMID;
import static khodyar.domain.meeting.MeetingFixtures.TEHRAN;
import static khodyar.domain.meeting.MeetingFixtures.ZAHRA;
import static khodyar.domain.meeting.MeetingFixtures.aMeetingOn;
import static khodyar.domain.meeting.MeetingFixtures.tehran;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import khodyar.domain.common.Outcome;
import khodyar.domain.common.Refusal;

class MeetingTest {

    private static final LocalDateTime THURSDAY_FIVE_PM = LocalDateTime.of(2025, 12, 4, 17, 0);

    @Test
    void aMeetingStartsAtItsLocalTimeInTheGroupsZone() {
        Meeting meeting = aMeetingOn("m1", THURSDAY_FIVE_PM);

        assertThat(meeting.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(meeting.startsAt()).isEqualTo(THURSDAY_FIVE_PM.atZone(TEHRAN).toInstant());
        assertThat(meeting.startsAt().toString()).isEqualTo("2025-12-04T13:30:00Z");
    }

    @Test
    void aMeetingInThePastIsRefused() {
        Outcome<Meeting> yesterday = Meeting.schedule(new MeetingId("m1"), OMID, MeetingKind.REGULAR,
                MONDAY_MORNING.minusDays(1), TEHRAN, "", "", FACILITATOR, NOW);
        Outcome<Meeting> thisVeryMinute = Meeting.schedule(new MeetingId("m2"), OMID, MeetingKind.REGULAR,
                MONDAY_MORNING, TEHRAN, "", "", FACILITATOR, NOW);

        assertThat(yesterday).isEqualTo(Outcome.refused(Refusal.of("meeting.refused.past")));
        assertThat(thisVeryMinute).isEqualTo(Outcome.refused(Refusal.of("meeting.refused.past")));
    }

    @Test
    void aMeetingMoreThanAYearAheadIsATypingMistake() {
        Outcome<Meeting> farAhead = Meeting.schedule(new MeetingId("m1"), OMID, MeetingKind.REGULAR,
                MONDAY_MORNING.plusYears(2), TEHRAN, "", "", FACILITATOR, NOW);

        assertThat(farAhead).isEqualTo(Outcome.refused(Refusal.of("meeting.refused.tooFar")));
    }

    @Test
    void movingAMeetingKeepsItUpcomingAndCountsTheRevision() {
        Meeting meeting = aMeetingOn("m1", THURSDAY_FIVE_PM);
        java.time.Instant tuesday = NOW.plus(Duration.ofDays(1));

        Meeting moved = meeting.move(THURSDAY_FIVE_PM.plusDays(1), ZAHRA, tuesday).orElseThrow();

        assertThat(moved.status()).isEqualTo(MeetingStatus.MOVED);
        assertThat(moved.status().isUpcoming()).isTrue();
        assertThat(moved.revision()).isEqualTo(1);
        assertThat(moved.changedAt()).isEqualTo(tuesday);
        assertThat(moved.changedBy()).isEqualTo(ZAHRA);
        assertThat(moved.date()).isEqualTo(THURSDAY_FIVE_PM.plusDays(1).toLocalDate());
    }

    @Test
    void aMeetingCannotBeMovedIntoThePast() {
        Meeting meeting = aMeetingOn("m1", THURSDAY_FIVE_PM);

        assertThat(meeting.move(MONDAY_MORNING.minusHours(1), FACILITATOR, NOW))
                .isEqualTo(Outcome.refused(Refusal.of("meeting.refused.past")));
    }

    @Test
    void aCancelledMeetingCannotBeMovedOrCancelledAgain() {
        Meeting cancelled = aMeetingOn("m1", THURSDAY_FIVE_PM).cancel(FACILITATOR, "rain", NOW);

        assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("rain");
        assertThatThrownBy(() -> cancelled.move(THURSDAY_FIVE_PM.plusDays(1), FACILITATOR, NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cancelled.cancel(FACILITATOR, "", NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cancelled.recordAttendance(Set.of(), FACILITATOR, tehran(THURSDAY_FIVE_PM)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void attendanceIsRefusedBeforeTheMeetingBeginsAndHoldsItAfter() {
        Meeting meeting = aMeetingOn("m1", THURSDAY_FIVE_PM);

        assertThat(meeting.recordAttendance(Set.of(MARYAM), FACILITATOR, tehran(THURSDAY_FIVE_PM.minusMinutes(1))))
                .isEqualTo(Outcome.refused(Refusal.of("meeting.refused.notStarted")));

        Meeting held = meeting.recordAttendance(Set.of(MARYAM), ZAHRA, tehran(THURSDAY_FIVE_PM.plusHours(1)))
                .orElseThrow();
        assertThat(held.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(held.present()).containsExactly(MARYAM);
        assertThat(held.attendanceBy()).isEqualTo(ZAHRA);
    }

    @Test
    void theSecretaryCorrectsAttendanceByRecordingItAgain() {
        Meeting held = aMeetingOn("m1", THURSDAY_FIVE_PM)
                .recordAttendance(Set.of(MARYAM), ZAHRA, tehran(THURSDAY_FIVE_PM.plusHours(1))).orElseThrow();

        Meeting corrected = held.recordAttendance(Set.of(MARYAM, ZAHRA), ZAHRA, tehran(THURSDAY_FIVE_PM.plusHours(2)))
                .orElseThrow();

        assertThat(corrected.present()).containsExactlyInAnyOrder(MARYAM, ZAHRA);
    }

    @Test
    void onlyTeachingMeetingsRecordATraining() {
        Meeting regular = aMeetingOn("m1", THURSDAY_FIVE_PM);
        Meeting training = Meeting.schedule(new MeetingId("m2"), OMID, MeetingKind.TRAINING, THURSDAY_FIVE_PM, TEHRAN,
                "", "", FACILITATOR, NOW).orElseThrow();

        assertThatThrownBy(() -> regular.recordTraining(new Training(TrainingSubject.TEAMWORK, "x")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(training.recordTraining(new Training(TrainingSubject.TEAMWORK, " Mr Ahmadi ")).training())
                .isEqualTo(new Training(TrainingSubject.TEAMWORK, "Mr Ahmadi"));
    }
}
