package khodyar.domain.text;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.function.Supplier;
import khodyar.domain.money.DisplayUnit;
import khodyar.domain.money.Money;

/**
 * Numbers, amounts, dates and times as users read them: Persian digits and the Persian
 * thousands separator for "fa", Latin for "en", the Jalali calendar for both. Every Persian
 * character comes from ICU's locale data. Safe to share between threads (ICU's formats are not,
 * so each thread keeps its own).
 */
public final class PersianFormat {

    /** The language every message is in unless a user chose another. */
    public static final String DEFAULT_LANGUAGE = "fa";
    private static final String ENGLISH = "en";
    /** The new rial has fractions (10,000 old rials each); tomans of odd rials show one decimal. */
    private static final int MAX_FRACTION_DIGITS = 4;

    private static final PerLanguage<NumberFormat> WHOLE_NUMBERS = new PerLanguage<>(
            () -> NumberFormat.getInstance(new ULocale("fa")), () -> NumberFormat.getInstance(ULocale.ENGLISH));
    private static final PerLanguage<NumberFormat> UNIT_AMOUNTS = new PerLanguage<>(
            () -> amountFormat(new ULocale("fa")), () -> amountFormat(ULocale.ENGLISH));
    private static final PerLanguage<DateFormat> DATES = new PerLanguage<>(
            () -> jalali("d MMMM y", JalaliCalendar.PERSIAN_CALENDAR_FA),
            () -> jalali("d MMMM y", JalaliCalendar.PERSIAN_CALENDAR_EN));
    private static final PerLanguage<DateFormat> NUMERIC_DATES = new PerLanguage<>(
            () -> jalali("y/MM/dd", JalaliCalendar.PERSIAN_CALENDAR_FA),
            () -> jalali("y/MM/dd", JalaliCalendar.PERSIAN_CALENDAR_EN));
    private static final PerLanguage<DateFormat> TIMES = new PerLanguage<>(
            () -> jalali("HH:mm", JalaliCalendar.PERSIAN_CALENDAR_FA),
            () -> jalali("HH:mm", JalaliCalendar.PERSIAN_CALENDAR_EN));

    private PersianFormat() {
    }

    /** A grouped whole number: 1234567 is shown with Persian digits and U+066C in fa, "1,234,567" in en. */
    public static String digits(long number, String language) {
        return WHOLE_NUMBERS.in(language).format(number);
    }

    /**
     * The amount counted in {@code unit}, grouped, without the unit's word (the caller adds it
     * from the locale by {@link DisplayUnit#messageKey()}). An amount that is not a whole number
     * of the unit shows its fraction.
     */
    public static String amount(Money money, DisplayUnit unit, String language) {
        BigDecimal inUnit = BigDecimal.valueOf(money.rials())
                .divide(BigDecimal.valueOf(unit.rialsPerUnit()))
                .stripTrailingZeros();
        return UNIT_AMOUNTS.in(language).format(inUnit);
    }

    /** The Jalali date with the month's name: day, month, year, as ICU spells it for the language. */
    public static String date(LocalDate date, String language) {
        return DATES.in(language).format(JalaliCalendar.utcMidnight(date));
    }

    /** The Jalali date as year/month/day with two-digit month and day, as users type it back. */
    public static String dateNumeric(LocalDate date, String language) {
        return NUMERIC_DATES.in(language).format(JalaliCalendar.utcMidnight(date));
    }

    /** {@link #dateNumeric(LocalDate, String)} in Persian digits. */
    public static String dateNumeric(LocalDate date) {
        return dateNumeric(date, DEFAULT_LANGUAGE);
    }

    /** Hours and minutes on the 24-hour clock. */
    public static String time(LocalTime time, String language) {
        Date sameTimeOnAnyDay = new Date(time.toSecondOfDay() * 1000L);
        return TIMES.in(language).format(sameTimeOnAnyDay);
    }

    private static NumberFormat amountFormat(ULocale locale) {
        NumberFormat format = NumberFormat.getInstance(locale);
        format.setMaximumFractionDigits(MAX_FRACTION_DIGITS);
        return format;
    }

    private static DateFormat jalali(String pattern, ULocale locale) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, locale);
        format.setTimeZone(JalaliCalendar.utc());
        return format;
    }

    /** One format per thread for Persian and one for English; any language but English is Persian. */
    private static final class PerLanguage<F> {
        private final ThreadLocal<F> persian;
        private final ThreadLocal<F> english;

        PerLanguage(Supplier<F> persian, Supplier<F> english) {
            this.persian = ThreadLocal.withInitial(persian);
            this.english = ThreadLocal.withInitial(english);
        }

        F in(String language) {
            return ENGLISH.equalsIgnoreCase(language) ? english.get() : persian.get();
        }
    }
}
