package khodyar.domain.meeting;

import static khodyar.domain.meeting.MeetingFixtures.ALI;
import static khodyar.domain.meeting.MeetingFixtures.MARYAM;
import static khodyar.domain.meeting.MeetingFixtures.ZAHRA;
import static khodyar.domain.meeting.MeetingFixtures.aHeldMeeting;
import static khodyar.domain.meeting.MeetingFixtures.aMeetingOn;
import static khodyar.domain.meeting.MeetingFixtures.tehran;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import khodyar.domain.group.PersonId;

class AttendanceBookTest {

    private static final LocalDateTime FIRST = LocalDateTime.of(2025, 12, 4, 17, 0);

    @Test
    void eachMemberIsCountedFromWhenTheyJoinedAndTheGroupOverAllMembers() {
        List<Meeting> meetings = List.of(
                aHeldMeeting("m1", FIRST, MARYAM, ZAHRA),
                aHeldMeeting("m2", FIRST.plusWeeks(1), MARYAM),
                aHeldMeeting("m3", FIRST.plusWeeks(2), MARYAM, ALI),
                aMeetingOn("m4", FIRST.plusWeeks(3)));
        Map<PersonId, java.time.Instant> joined = new LinkedHashMap<>();
        joined.put(MARYAM, tehran(FIRST.minusDays(10)));
        joined.put(ZAHRA, tehran(FIRST.minusDays(10)));
        joined.put(ALI, tehran(FIRST.plusDays(10)));

        AttendanceBook book = AttendanceBook.of(meetings, joined);

        assertThat(book.of(MARYAM)).isEqualTo(new AttendanceRate(3, 3));
        assertThat(book.of(ZAHRA)).isEqualTo(new AttendanceRate(1, 3));
        assertThat(book.of(ALI)).isEqualTo(new AttendanceRate(1, 1));
        assertThat(book.group()).isEqualTo(new AttendanceRate(5, 7));
        assertThat(book.of(ZAHRA).ratio()).isEqualByComparingTo(new BigDecimal("0.3333"));
        assertThat(book.group().ratio()).isEqualTo(new BigDecimal("0.7143"));
        assertThat(book.group().percent()).isEqualTo(71);
    }

    @Test
    void withNoMeetingHeldThereIsNoRateYet() {
        AttendanceBook book = AttendanceBook.of(List.of(aMeetingOn("m1", FIRST)), Map.of(MARYAM, tehran(FIRST)));

        assertThat(book.group().isKnown()).isFalse();
        assertThat(book.group().ratio()).isEqualTo(new BigDecimal("0.0000"));
    }

    @Test
    void percentRoundsHalfUp() {
        assertThat(new AttendanceRate(1, 8).percent()).isEqualTo(13);
        assertThat(new AttendanceRate(2, 3).percent()).isEqualTo(67);
        assertThat(new AttendanceRate(1, 3).percent()).isEqualTo(33);
    }
}
