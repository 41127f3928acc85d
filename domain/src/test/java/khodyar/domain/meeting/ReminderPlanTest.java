package khodyar.domain.meeting;

import static khodyar.domain.meeting.MeetingFixtures.FACILITATOR;
import static khodyar.domain.meeting.MeetingFixtures.MONDAY_MORNING;
import static khodyar.domain.meeting.MeetingFixtures.NOW;
import static khodyar.domain.meeting.MeetingFixtures.aMeetingOn;
import static khodyar.domain.meeting.MeetingFixtures.tehran;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReminderPlanTest {

    private static final LocalDateTime THURSDAY_FIVE_PM = LocalDateTime.of(2025, 12, 4, 17, 0);

    /** A job that ticks every {@code step} from {@code from} to {@code to}, as the scheduler would, on a moving clock. */
    private static List<ReminderPlan.Due> tickThrough(ReminderPlan plan, Meeting meeting, Instant from, Instant to,
                                                      Duration step) {
        List<ReminderPlan.Due> sent = new ArrayList<>();
        Clock clock = Clock.fixed(from, ZoneOffset.UTC);
        Instant lastRun = from;
        while (clock.instant().isBefore(to)) {
            clock = Clock.offset(clock, step);
            sent.addAll(plan.dueBetween(meeting, lastRun, clock.instant()));
            lastRun = clock.instant();
        }
        return sent;
    }

    @Test
    void aMeetingIsRemindedADayBeforeAndAnHourBeforeEachOnce() {
        Meeting meeting = aMeetingOn("m1", THURSDAY_FIVE_PM);

        List<ReminderPlan.Due> sent = tickThrough(ReminderPlan.STANDARD, meeting, NOW,
                tehran(THURSDAY_FIVE_PM.plusHours(3)), Duration.ofMinutes(1));

        assertThat(sent).extracting(d -> d.lead().name()).containsExactly("day", "hour");
        assertThat(sent).extracting(ReminderPlan.Due::dueAt).containsExactly(
                tehran(THURSDAY_FIVE_PM.minusDays(1)), tehran(THURSDAY_FIVE_PM.minusHours(1)));
    }

    @Test
    void aJobThatWasDownCatchesUpWithWhatFellDueMeanwhile() {
        Meeting meeting = aMeetingOn("m1", THURSDAY_FIVE_PM);
        Instant lastRunBeforeTheOutage = tehran(THURSDAY_FIVE_PM.minusHours(3));
        Instant backUp = tehran(THURSDAY_FIVE_PM.minusMinutes(20));

        List<ReminderPlan.Due> due = ReminderPlan.STANDARD.dueBetween(meeting, lastRunBeforeTheOutage, backUp);

        assertThat(due).extracting(d -> d.lead().name()).containsExactly("hour");
    }

    @Test
    void noReminderOnceTheMeetingHasBegun() {
        Meeting meeting = aMeetingOn("m1", THURSDAY_FIVE_PM);

        List<ReminderPlan.Due> due = ReminderPlan.STANDARD.dueBetween(meeting,
                tehran(THURSDAY_FIVE_PM.minusHours(3)), tehran(THURSDAY_FIVE_PM.plusMinutes(5)));

        assertThat(due).isEmpty();
    }

    @Test
    void aMeetingScheduledForLaterTodayGetsOnlyItsHourReminder() {
        Meeting tonight = aMeetingOn("m1", MONDAY_MORNING.plusHours(10));

        List<ReminderPlan.Due> sent = tickThrough(ReminderPlan.STANDARD, tonight, NOW.minus(Duration.ofDays(2)),
                tehran(MONDAY_MORNING.plusHours(11)), Duration.ofMinutes(5));

        assertThat(sent).extracting(d -> d.lead().name()).containsExactly("hour");
    }

    @Test
    void aMovedMeetingIsRemindedForItsNewTime() {
        Meeting meeting = aMeetingOn("m1", THURSDAY_FIVE_PM);
        Instant wednesdayNoon = tehran(THURSDAY_FIVE_PM.minusHours(29));
        Meeting moved = meeting.move(THURSDAY_FIVE_PM.plusDays(2), FACILITATOR, wednesdayNoon).orElseThrow();

        List<ReminderPlan.Due> sent = tickThrough(ReminderPlan.STANDARD, moved, wednesdayNoon,
                tehran(THURSDAY_FIVE_PM.plusDays(3)), Duration.ofMinutes(1));

        assertThat(sent).extracting(ReminderPlan.Due::dueAt).containsExactly(
                tehran(THURSDAY_FIVE_PM.plusDays(1)), tehran(THURSDAY_FIVE_PM.plusDays(2).minusHours(1)));
    }

    @Test
    void aCancelledMeetingIsNotReminded() {
        Meeting cancelled = aMeetingOn("m1", THURSDAY_FIVE_PM).cancel(FACILITATOR, "", NOW);

        assertThat(tickThrough(ReminderPlan.STANDARD, cancelled, NOW, tehran(THURSDAY_FIVE_PM), Duration.ofMinutes(10)))
                .isEmpty();
    }

    @Test
    void aGroupMayChooseItsOwnReminders() {
        ReminderPlan threeHoursAndTwoDays = ReminderPlan.ofHours(List.of(3L, 48L));
        Meeting meeting = aMeetingOn("m1", THURSDAY_FIVE_PM);

        List<ReminderPlan.Due> sent = tickThrough(threeHoursAndTwoDays, meeting, NOW, tehran(THURSDAY_FIVE_PM),
                Duration.ofMinutes(1));

        assertThat(sent).extracting(d -> d.lead().name()).containsExactly("h48", "h3");
        assertThat(threeHoursAndTwoDays.longestLead()).isEqualTo(Duration.ofHours(48));
        assertThat(ReminderPlan.ofHours(List.of(24L, 1L))).isEqualTo(ReminderPlan.STANDARD);
    }
}
