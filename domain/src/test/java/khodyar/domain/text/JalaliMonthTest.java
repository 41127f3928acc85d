package khodyar.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JalaliMonthTest {

    @Test
    void nowruzStartsFarvardinOfTheNewYear() {
        assertThat(JalaliMonth.of(LocalDate.of(2025, 3, 20))).isEqualTo(new JalaliMonth(1403, 12));
        assertThat(JalaliMonth.of(LocalDate.of(2025, 3, 21))).isEqualTo(new JalaliMonth(1404, 1));
    }

    @Test
    void aMonthKnowsItsFirstAndLastDay() {
        JalaliMonth esfand1403 = new JalaliMonth(1403, 12);

        assertThat(esfand1403.firstDay()).isEqualTo(LocalDate.of(2025, 2, 19));
        assertThat(esfand1403.lastDay()).isEqualTo(LocalDate.of(2025, 3, 20));
        assertThat(new JalaliMonth(1404, 1).lastDay()).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(esfand1403.next()).isEqualTo(new JalaliMonth(1404, 1));
    }

    @Test
    void everyDayOfTwoYearsFallsInTheMonthThatContainsIt() {
        for (LocalDate day = LocalDate.of(2024, 3, 1); day.isBefore(LocalDate.of(2026, 3, 1)); day = day.plusDays(1)) {
            JalaliMonth month = JalaliMonth.of(day);
            assertThat(month.contains(day)).as(day.toString()).isTrue();
            assertThat(month.next().firstDay()).isEqualTo(month.lastDay().plusDays(1));
        }
    }

    @Test
    void theLabelIsYearAndMonthInPersianDigits() {
        assertThat(new JalaliMonth(1404, 1).label("fa")).isEqualTo("\u06F1\u06F4\u06F0\u06F4/\u06F0\u06F1");
        assertThat(new JalaliMonth(1404, 11).label("en")).isEqualTo("1404/11");
    }

    @Test
    void thereIsNoThirteenthMonth() {
        assertThatThrownBy(() -> new JalaliMonth(1404, 13)).isInstanceOf(IllegalArgumentException.class);
    }
}
