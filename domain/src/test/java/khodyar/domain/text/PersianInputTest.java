package khodyar.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import khodyar.domain.common.Outcome;
import khodyar.domain.common.Refusal;
import khodyar.domain.money.DisplayUnit;
import khodyar.domain.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersianInputTest {

    @ParameterizedTest(name = "[{0}] in {1} is {2} rials")
    @CsvSource(delimiter = '|', textBlock = """
            ۵۰۰ هزار تومان                   | RIAL     | 5000000
            2 میلیون                          | TOMAN    | 20000000
            ١٢٣٬٤٥٦                          | TOMAN    | 1234560
            یک میلیون و دویست هزار           | TOMAN    | 12000000
            120000 ریال                      | TOMAN    | 120000
            200000                           | RIAL     | 200000
            200,000                          | TOMAN    | 2000000
            ۲۰۰،۰۰۰                          | TOMAN    | 2000000
            ۱ ۲۰۰ ۰۰۰                        | RIAL     | 1200000
            1.5 میلیون                        | TOMAN    | 15000000
            ۱٫۵ میلیون تومان                  | RIAL     | 15000000
            دو و نیم میلیون                   | TOMAN    | 25000000
            2 میلیون و 500 هزار               | TOMAN    | 25000000
            ۵۰۰هزارتومان                     | RIAL     | 5000000
            ۵۰۰ هزار تومن                     | RIAL     | 5000000
            هزار و پانصد                      | TOMAN    | 15000
            یک هزار میلیارد ریال              | TOMAN    | 1000000000000
            ۳ ریال جدید                       | TOMAN    | 30000
            """)
    void readsAmountsAsTheyAreTyped(String typed, DisplayUnit groupUnit, long expectedRials) {
        Outcome<Money> amount = PersianInput.parseAmount(typed, groupUnit);

        assertThat(amount).isEqualTo(Outcome.done(Money.ofRials(expectedRials)));
    }

    @ParameterizedTest(name = "[{0}] is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                      | input.amount.zero
            ۰ تومان                 | input.amount.zero
            -5                     | input.amount.negative
            منفی ۵۰۰ هزار           | input.amount.negative
            −۲۰۰                   | input.amount.negative
            abc                    | input.amount.notANumber
            ''                     | input.amount.empty
            '   '                  | input.amount.empty
            تومان                   | input.amount.notANumber
            12.5                   | input.amount.fraction
            1.2345 هزار             | input.amount.fraction
            1,5 میلیون              | input.amount.notANumber
            12,34                  | input.amount.notANumber
            500 تومان 20            | input.amount.notANumber
            یک سلام                 | input.amount.notANumber
            500 هزار و 2 میلیون      | input.amount.notANumber
            یک میلیون و             | input.amount.notANumber
            100000000000001 ریال    | input.amount.tooLarge
            10000000000001 تومان    | input.amount.tooLarge
            ۵۰۰😀                   | input.amount.notANumber
            ٥٠٠ ألف                 | input.amount.notANumber
            """)
    void refusesWhatIsNotAnAmountWithTheReason(String typed, String reasonKey) {
        assertThat(reasonOf(PersianInput.parseAmount(typed, DisplayUnit.TOMAN))).isEqualTo(reasonKey);
    }

    @Test
    void theLargestAmountIsAcceptedAndOneRialMoreIsNot() {
        assertThat(PersianInput.parseAmount("100000000000000 ریال", DisplayUnit.TOMAN))
                .isEqualTo(Outcome.done(PersianInput.MAX_AMOUNT));
        assertThat(reasonOf(PersianInput.parseAmount("100000000000001", DisplayUnit.RIAL)))
                .isEqualTo(InputReasons.AMOUNT_TOO_LARGE);
    }

    @Test
    void nullAndVeryLongAndControlCharactersAreRefusedNotThrown() {
        assertThat(reasonOf(PersianInput.parseAmount(null, DisplayUnit.TOMAN))).isEqualTo(InputReasons.AMOUNT_EMPTY);
        assertThat(reasonOf(PersianInput.parseAmount("5".repeat(5_000), DisplayUnit.TOMAN)))
                .isEqualTo(InputReasons.AMOUNT_TOO_LONG);
        assertThat(reasonOf(PersianInput.parseAmount("500\u0000000", DisplayUnit.TOMAN)))
                .isEqualTo(InputReasons.AMOUNT_NOT_A_NUMBER);
        assertThat(reasonOf(PersianInput.parseAmount("\u0007", DisplayUnit.TOMAN)))
                .isEqualTo(InputReasons.AMOUNT_NOT_A_NUMBER);
    }

    @Test
    void invisibleMarksArabicLettersAndOddSpacesDoNotGetInTheWay() {
        String copiedFromAPhone = "\u200F۵۰۰\u00A0هـزار\u200Cتومان\u200E ";
        String arabicKeyboard = "يك ميليون";

        assertThat(PersianInput.parseAmount(copiedFromAPhone, DisplayUnit.RIAL))
                .isEqualTo(Outcome.done(Money.ofRials(5_000_000)));
        assertThat(PersianInput.parseAmount(arabicKeyboard, DisplayUnit.TOMAN))
                .isEqualTo(Outcome.done(Money.ofRials(10_000_000)));
    }

    @Test
    void cleanLeavesLatinDigitsPersianLettersAndSingleSpaces() {
        assertThat(PersianInput.clean("  ي\u0640ك\u200C۱٢3\t\n ")).isEqualTo("یک 123");
        assertThat(PersianInput.clean(null)).isEmpty();
        assertThat(PersianInput.normaliseDigits("۱۴۰۵/٠٩/10")).isEqualTo("1405/09/10");
    }

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12            | 12
            ۱۲            | 12
            دوازده         | 12
            ۰             | 0
            1,200         | 1200
            سه هزار        | 3000
            5 هزار         | 5000
            """)
    void readsWholeNumbers(String typed, long expected) {
        assertThat(PersianInput.parseWholeNumber(typed)).isEqualTo(Outcome.done(expected));
    }

    @ParameterizedTest(name = "[{0}] is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                          | input.number.empty
            -3                          | input.number.negative
            1.5                         | input.number.notANumber
            ۵ تومان                      | input.number.notANumber
            دوازده ماه                   | input.number.notANumber
            99999999999999999999        | input.number.tooLarge
            """)
    void refusesWhatIsNotAWholeNumber(String typed, String reasonKey) {
        assertThat(reasonOf(PersianInput.parseWholeNumber(typed))).isEqualTo(reasonKey);
    }

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1405/09/10     | 2026-12-01
            ۱۴۰۵/۹/۱۰      | 2026-12-01
            1405-09-10     | 2026-12-01
            ١٤٠٥/٠٩/١٠     | 2026-12-01
            10/09/1405     | 2026-12-01
            1404/01/01     | 2025-03-21
            1403/12/30     | 2025-03-20
            """)
    void readsJalaliDatesAsGregorianDays(String typed, LocalDate expected) {
        assertThat(PersianInput.parseJalaliDate(typed)).isEqualTo(Outcome.done(expected));
    }

    @ParameterizedTest(name = "[{0}] is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1404/12/30     | input.date.invalid
            1405/13/01     | input.date.invalid
            1405/07/31     | input.date.invalid
            1405/00/10     | input.date.invalid
            1299/12/29     | input.date.invalid
            1501/01/01     | input.date.invalid
            1405/09-10     | input.date.invalid
            فردا            | input.date.invalid
            ''             | input.date.empty
            """)
    void refusesDaysThatDoNotExist(String typed, String reasonKey) {
        assertThat(reasonOf(PersianInput.parseJalaliDate(typed))).isEqualTo(reasonKey);
    }

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            17:30     | 17:30
            ۱۷:۳۰     | 17:30
            5:30      | 05:30
            17        | 17:00
            ۰:۰۵      | 00:05
            """)
    void readsTimesOfDay(String typed, LocalTime expected) {
        assertThat(PersianInput.parseTime(typed)).isEqualTo(Outcome.done(expected));
    }

    @ParameterizedTest(name = "[{0}] is refused")
    @CsvSource(delimiter = '|', textBlock = """
            24:00
            17:60
            17:5
            ساعت پنج
            ''
            """)
    void refusesTimesThatAreNotOnTheClock(String typed) {
        assertThat(reasonOf(PersianInput.parseTime(typed))).isEqualTo(InputReasons.TIME_INVALID);
    }

    static String reasonOf(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        Refusal refusal = ((Outcome.Refused<?>) outcome).refusal();
        return refusal.reasonKey();
    }
}
