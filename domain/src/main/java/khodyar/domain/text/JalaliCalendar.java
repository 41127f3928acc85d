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
    /** ICU calendars are mutable and slow to make: one per thread, cleared before each use. */
    private static final ThreadLocal<Calendar> CALENDAR =
            ThreadLocal.withInitial(() -> Calendar.getInstance(TimeZone.GMT_ZONE, PERSIAN_CALENDAR_FA));

    private JalaliCalendar() {
    }

    /** The Gregorian date of a Jalali year, month (1-12) and day, if that day exists. */
    static Optional<LocalDate> toLocalDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.empty();
        }
        // lenient, so that 1404/12/30 rolls over to 1405/01/01 instead of throwing; a day that
        // does not come back as typed does not exist
        Calendar calendar = clearedCalendar();
        calendar.set(year, month - 1, day);
        long millis = calendar.getTimeInMillis();
        boolean exists = calendar.get(Calendar.YEAR) == year && calendar.get(Calendar.MONTH) == month - 1
                && calendar.get(Calendar.DAY_OF_MONTH) == day;
        return exists ? Optional.of(LocalDate.ofEpochDay(Math.floorDiv(millis, MILLIS_PER_DAY))) : Optional.empty();
    }

    /** Midnight UTC of the date, the instant ICU's formats (set to UTC) show as that day. */
    static Date utcMidnight(LocalDate date) {
        return new Date(Math.multiplyExact(date.toEpochDay(), MILLIS_PER_DAY));
    }

    static TimeZone utc() {
        return TimeZone.GMT_ZONE;
    }

    private static Calendar clearedCalendar() {
        Calendar calendar = CALENDAR.get();
        calendar.clear();
        return calendar;
    }
}
