package khodyar.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import khodyar.domain.money.DisplayUnit;
import khodyar.domain.money.Money;
import org.junit.jupiter.api.Test;

class PersianFormatTest {

    private static final LocalDate TENTH_OF_AZAR_1405 = LocalDate.of(2026, 12, 1);

    @Test
    void groupsDigitsInTheReadersScript() {
        assertThat(PersianFormat.digits(1_234_567, "fa")).isEqualTo("۱٬۲۳۴٬۵۶۷");
        assertThat(PersianFormat.digits(1_234_567, "en")).isEqualTo("1,234,567");
    }

    @Test
    void anyLanguageButEnglishGetsPersian() {
        assertThat(PersianFormat.digits(12, null)).isEqualTo("۱۲");
        assertThat(PersianFormat.digits(12, "de")).isEqualTo("۱۲");
    }

    @Test
    void showsAmountsCountedInTheGroupsUnit() {
        Money fiveHundredThousandToman = Money.ofToman(500_000);

        assertThat(PersianFormat.amount(fiveHundredThousandToman, DisplayUnit.TOMAN, "fa")).isEqualTo("۵۰۰٬۰۰۰");
        assertThat(PersianFormat.amount(fiveHundredThousandToman, DisplayUnit.RIAL, "en")).isEqualTo("5,000,000");
        assertThat(PersianFormat.amount(fiveHundredThousandToman, DisplayUnit.NEW_RIAL, "en")).isEqualTo("500");
        assertThat(PersianFormat.amount(Money.ofRials(15), DisplayUnit.TOMAN, "en")).isEqualTo("1.5");
    }

    @Test
    void showsDatesInTheJalaliCalendarForBothLanguages() {
        assertThat(PersianFormat.date(TENTH_OF_AZAR_1405, "fa")).isEqualTo("۱۰ آذر ۱۴۰۵");
        assertThat(PersianFormat.date(TENTH_OF_AZAR_1405, "en")).isEqualTo("10 Azar 1405");
        assertThat(PersianFormat.dateNumeric(TENTH_OF_AZAR_1405)).isEqualTo("۱۴۰۵/۰۹/۱۰");
        assertThat(PersianFormat.dateNumeric(TENTH_OF_AZAR_1405, "en")).isEqualTo("1405/09/10");
    }

    @Test
    void showsTimesOnTheTwentyFourHourClock() {
        assertThat(PersianFormat.time(LocalTime.of(17, 30), "fa")).isEqualTo("۱۷:۳۰");
        assertThat(PersianFormat.time(LocalTime.of(5, 5), "en")).isEqualTo("05:05");
    }

    @Test
    void whatIsShownReadsBackAsTheSameValue() {
        Money amount = Money.ofRials(1_234_560);

        assertThat(PersianInput.parseAmount(PersianFormat.amount(amount, DisplayUnit.TOMAN, "fa"), DisplayUnit.TOMAN)
                .orElseThrow()).isEqualTo(amount);
        assertThat(PersianInput.parseJalaliDate(PersianFormat.dateNumeric(TENTH_OF_AZAR_1405)).orElseThrow())
                .isEqualTo(TENTH_OF_AZAR_1405);
        assertThat(PersianInput.parseTime(PersianFormat.time(LocalTime.of(17, 30), "fa")).orElseThrow())
                .isEqualTo(LocalTime.of(17, 30));
    }
}
