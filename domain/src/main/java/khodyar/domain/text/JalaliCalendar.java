package khodyar.domain.text;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

/** Solar Hijri dates by ICU's Persian calendar; the JDK has none. Dates are whole days in UTC. */
final class JalaliCalendar {

    static final ULocale PERSIAN_CALENDAR_FA = new ULocale("fa_IR@calendar=persian");
    static final ULocale PERSIAN_CALENDAR_EN = new ULocale("en@calendar=persian");
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private JalaliCalendar() {
    }

    /** The Gregorian date of a Jalali year, month (1-12) and day, if that day exists. */
    static Optional<LocalDate> toLocalDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return Optional.empty();
        }
        Calendar calendar = newCalendar();
        calendar.set(year, month - 1, 1);
        if (day > calendar.getActualMaximum(Calendar.DAY_OF_MONTH)) {
            return Optional.empty();
        }
        calendar.set(Calendar.DAY_OF_MONTH, day);
        return Optional.of(LocalDate.ofEpochDay(Math.floorDiv(calendar.getTimeInMillis(), MILLIS_PER_DAY)));
    }

    /** Midnight UTC of the date, the instant ICU's formats (set to UTC) show as that day. */
    static Date utcMidnight(LocalDate date) {
        return new Date(Math.multiplyExact(date.toEpochDay(), MILLIS_PER_DAY));
    }

    static TimeZone utc() {
        return TimeZone.GMT_ZONE;
    }

    private static Calendar newCalendar() {
        Calendar calendar = Calendar.getInstance(TimeZone.GMT_ZONE, PERSIAN_CALENDAR_FA);
        calendar.setLenient(false);
        calendar.clear();
        return calendar;
    }
}
