package khodyar.domain.text;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * A month of the Solar Hijri calendar: what the group's report counts by, since the group lives by
 * Jalali months (rounds, dues and meetings are planned in them), not Gregorian ones.
 *
 * @param year  the Jalali year, e.g. 1404
 * @param month 1 (Farvardin) to 12 (Esfand)
 */
public record JalaliMonth(int year, int month) implements Comparable<JalaliMonth> {

    /** ICU calendars and formats are mutable and slow to make: one per thread. */
    private static final ThreadLocal<Calendar> CALENDAR = ThreadLocal.withInitial(
            () -> Calendar.getInstance(JalaliCalendar.utc(), JalaliCalendar.PERSIAN_CALENDAR_FA));
    private static final ThreadLocal<SimpleDateFormat> SHORT_FA = format(JalaliCalendar.PERSIAN_CALENDAR_FA);
    private static final ThreadLocal<SimpleDateFormat> SHORT_EN = format(JalaliCalendar.PERSIAN_CALENDAR_EN);

    public JalaliMonth {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("a Jalali month is 1 to 12, not " + month);
        }
    }

    /** The Jalali month the day falls in. */
    public static JalaliMonth of(LocalDate day) {
        Calendar calendar = CALENDAR.get();
        calendar.clear();
        calendar.setTime(JalaliCalendar.utcMidnight(day));
        return new JalaliMonth(calendar.get(Calendar.YEAR), calendar.get(Calendar.MONTH) + 1);
    }

    public LocalDate firstDay() {
        return JalaliCalendar.toLocalDate(year, month, 1).orElseThrow();
    }

    public LocalDate lastDay() {
        return next().firstDay().minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    public JalaliMonth next() {
        return month == 12 ? new JalaliMonth(year + 1, 1) : new JalaliMonth(year, month + 1);
    }

    /** Year and month as digits, 1404/01 (in Persian digits for Persian): short enough for a chart's axis. */
    public String label(String language) {
        SimpleDateFormat format = "en".equalsIgnoreCase(language) ? SHORT_EN.get() : SHORT_FA.get();
        return format.format(JalaliCalendar.utcMidnight(firstDay()));
    }

    /** The month {@code months} before this one (0: this one). */
    public JalaliMonth minusMonths(int months) {
        if (months < 0) {
            throw new IllegalArgumentException("months back are counted from 0: " + months);
        }
        int index = year * 12 + (month - 1) - months;
        return new JalaliMonth(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    @Override
    public int compareTo(JalaliMonth other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(month, other.month);
    }

    private static ThreadLocal<SimpleDateFormat> format(com.ibm.icu.util.ULocale locale) {
        Supplier<SimpleDateFormat> make = () -> {
            SimpleDateFormat format = new SimpleDateFormat("y/MM", locale);
            format.setTimeZone(JalaliCalendar.utc());
            return format;
        };
        return ThreadLocal.withInitial(make);
    }
}
