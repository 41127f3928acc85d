package khodyar.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import khodyar.domain.meeting.MeetingRhythm.Cadence;

class MeetingRhythmTest {

    private static final LocalDate MONDAY_1_DECEMBER = LocalDate.of(2025, 12, 1);
    private static final LocalTime FIVE_PM = LocalTime.of(17, 0);

    @Test
    void aWeeklyRhythmMeetsOnItsWeekdayEveryWeek() {
        MeetingRhythm everyThursday = new MeetingRhythm(Cadence.WEEKLY, DayOfWeek.THURSDAY, FIVE_PM, "hall",
                MONDAY_1_DECEMBER);

        assertThat(everyThursday.occurrences(MONDAY_1_DECEMBER, MONDAY_1_DECEMBER.plusDays(20))).containsExactly(
                LocalDateTime.of(2025, 12, 4, 17, 0),
                LocalDateTime.of(2025, 12, 11, 17, 0),
                LocalDateTime.of(2025, 12, 18, 17, 0));
    }

    @Test
    void everyOtherWeekCountsFromTheRhythmsStartWhateverWindowIsAsked() {
        MeetingRhythm biweekly = new MeetingRhythm(Cadence.BIWEEKLY, DayOfWeek.THURSDAY, FIVE_PM, "", MONDAY_1_DECEMBER);

        assertThat(biweekly.occurrences(LocalDate.of(2025, 12, 8), LocalDate.of(2026, 1, 10))).containsExactly(
                LocalDateTime.of(2025, 12, 18, 17, 0),
                LocalDateTime.of(2026, 1, 1, 17, 0));
    }

    @Test
    void aMonthlyRhythmMeetsOnTheFirstSuchWeekdayOfEachMonth() {
        MeetingRhythm monthly = new MeetingRhythm(Cadence.MONTHLY, DayOfWeek.SATURDAY, FIVE_PM, "", MONDAY_1_DECEMBER);

        assertThat(monthly.occurrences(MONDAY_1_DECEMBER, LocalDate.of(2026, 2, 28))).containsExactly(
                LocalDateTime.of(2025, 12, 6, 17, 0),
                LocalDateTime.of(2026, 1, 3, 17, 0),
                LocalDateTime.of(2026, 2, 7, 17, 0));
    }

    @Test
    void nothingIsGeneratedBeforeTheRhythmBegins() {
        MeetingRhythm fromNextMonth = new MeetingRhythm(Cadence.WEEKLY, DayOfWeek.MONDAY, FIVE_PM, "",
                LocalDate.of(2026, 1, 1));

        assertThat(fromNextMonth.occurrences(MONDAY_1_DECEMBER, LocalDate.of(2026, 1, 6)))
                .containsExactly(LocalDateTime.of(2026, 1, 5, 17, 0));
    }
}
