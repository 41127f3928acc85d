package khodyar.domain.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import khodyar.domain.common.Outcome;
import khodyar.domain.money.DisplayUnit;
import khodyar.domain.money.Money;
import khodyar.domain.text.QuantityReader.Problem;
import khodyar.domain.text.QuantityReader.Quantity;
import khodyar.domain.text.QuantityReader.Reading;
import khodyar.domain.text.QuantityReader.Unreadable;

/**
 * Reads what users type: whole numbers, amounts, Jalali dates and times, with Persian,
 * Arabic-Indic or Latin digits. Never throws on any text, null included: what cannot be read is
 * refused with a reason key from {@link InputReasons}.
 */
public final class PersianInput {

    /** Longer input is refused unread: nobody types an amount or a date in more. */
    public static final int MAX_INPUT_LENGTH = 64;
    /** Larger amounts are typing mistakes: 10^14 rials is ten thousand billion toman. */
    public static final Money MAX_AMOUNT = Money.ofRials(100_000_000_000_000L);
    public static final int FIRST_JALALI_YEAR = 1300;
    public static final int LAST_JALALI_YEAR = 1500;

    private static final char ARABIC_YEH = '\u064A';
    private static final char ALEF_MAKSURA = '\u0649';
    private static final char PERSIAN_YEH = '\u06CC';
    private static final char ARABIC_KAF = '\u0643';
    private static final char PERSIAN_KAF = '\u06A9';
    private static final char TATWEEL = '\u0640';
    private static final char ZERO_WIDTH_NON_JOINER = '\u200C';

    /** Year first (1405/09/10) or, as some write it, day first (10/09/1405). */
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4}) ?([/.\u060D-]) ?(\\d{1,2}) ?\\2 ?(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2}) ?([/.\u060D-]) ?(\\d{1,2}) ?\\2 ?(\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?: ?: ?(\\d{2}))?");
    private static final BigDecimal LARGEST_LONG = BigDecimal.valueOf(Long.MAX_VALUE);

    private PersianInput() {
    }

    /**
     * Text ready for reading numbers, amounts, dates and times: Arabic yeh and kaf become
     * Persian, every digit Latin, tatweel, diacritics and invisible marks (bidi marks a phone
     * adds to right-to-left text) go, the half-space and every kind of space become one space,
     * and the ends are trimmed. Not for names: it drops the half-space.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint == ARABIC_YEH || codePoint == ALEF_MAKSURA) {
                out.append(PERSIAN_YEH);
            } else if (codePoint == ARABIC_KAF) {
                out.append(PERSIAN_KAF);
            } else if (codePoint == ZERO_WIDTH_NON_JOINER || Character.isWhitespace(codePoint)
                    || Character.isSpaceChar(codePoint)) {
                appendSpace(out);
            } else if (codePoint == TATWEEL || Character.getType(codePoint) == Character.FORMAT
                    || Character.getType(codePoint) == Character.NON_SPACING_MARK) {
                // invisible: leaves nothing
            } else if (Character.getType(codePoint) == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(codePoint, 10)));
            } else {
                out.appendCodePoint(codePoint);
            }
        });
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
    }

    /** The text with every decimal digit of any script (Persian, Arabic-Indic, ...) made Latin. */
    public static String normaliseDigits(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.getType(codePoint) == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(codePoint, 10)));
            } else {
                out.appendCodePoint(codePoint);
            }
        });
        return out.toString();
    }

    /**
     * A whole number of zero or more: "12", "1,200", "duwazdah" spelled out, "5 hezar". Used for
     * counts such as months and member numbers.
     */
    public static Outcome<Long> parseWholeNumber(String text) {
        if (text != null && text.length() > MAX_INPUT_LENGTH) {
            return Outcome.refused(InputReasons.NUMBER_TOO_LONG);
        }
        String cleaned = clean(text);
        if (cleaned.isEmpty()) {
            return Outcome.refused(InputReasons.NUMBER_EMPTY);
        }
        Reading reading = QuantityReader.read(cleaned, false);
        if (reading instanceof Unreadable unreadable) {
            return Outcome.refused(unreadable.problem() == Problem.NEGATIVE
                    ? InputReasons.NUMBER_NEGATIVE : InputReasons.NUMBER_NOT_A_NUMBER);
        }
        BigDecimal value = ((Quantity) reading).value();
        if (!isWhole(value)) {
            return Outcome.refused(InputReasons.NUMBER_NOT_A_NUMBER);
        }
        if (value.compareTo(LARGEST_LONG) > 0) {
            return Outcome.refused(InputReasons.NUMBER_TOO_LARGE);
        }
        return Outcome.done(value.longValueExact());
    }

    /**
     * An amount in whole rials: "500 hezar toman", "2 milyun", "1.5 milyun", "120000 rial". Without
     * a unit word the amount is in {@code defaultUnit}, the group's display unit. It must be a
     * whole number of the unit, more than zero and at most {@link #MAX_AMOUNT}.
     */
    public static Outcome<Money> parseAmount(String text, DisplayUnit defaultUnit) {
        Objects.requireNonNull(defaultUnit, "defaultUnit");
        if (text != null && text.length() > MAX_INPUT_LENGTH) {
            return Outcome.refused(InputReasons.AMOUNT_TOO_LONG);
        }
        String cleaned = clean(text);
        if (cleaned.isEmpty()) {
            return Outcome.refused(InputReasons.AMOUNT_EMPTY);
        }
        Reading reading = QuantityReader.read(cleaned, true);
        if (reading instanceof Unreadable unreadable) {
            return Outcome.refused(switch (unreadable.problem()) {
                case EMPTY -> InputReasons.AMOUNT_EMPTY;
                case NEGATIVE -> InputReasons.AMOUNT_NEGATIVE;
                case FRACTION -> InputReasons.AMOUNT_FRACTION;
                case NOT_A_NUMBER -> InputReasons.AMOUNT_NOT_A_NUMBER;
            });
        }
        Quantity quantity = (Quantity) reading;
        DisplayUnit unit = quantity.unit() != null ? quantity.unit() : defaultUnit;
        if (quantity.value().signum() == 0) {
            return Outcome.refused(InputReasons.AMOUNT_ZERO);
        }
        if (!isWhole(quantity.value())) {
            return Outcome.refused(InputReasons.AMOUNT_FRACTION);
        }
        BigDecimal rials = quantity.value().multiply(BigDecimal.valueOf(unit.rialsPerUnit()));
        if (rials.compareTo(BigDecimal.valueOf(MAX_AMOUNT.rials())) > 0) {
            return Outcome.refused(InputReasons.AMOUNT_TOO_LARGE);
        }
        return Outcome.done(Money.ofRials(rials.longValueExact()));
    }

    /**
     * A Jalali date, "1405/09/10", "1405/9/10" or "1405-09-10" (or day first, "10/09/1405"),
     * between the years {@link #FIRST_JALALI_YEAR} and {@link #LAST_JALALI_YEAR}, as its
     * Gregorian {@link LocalDate}.
     */
    public static Outcome<LocalDate> parseJalaliDate(String text) {
        if (text != null && text.length() > MAX_INPUT_LENGTH) {
            return Outcome.refused(InputReasons.DATE_INVALID);
        }
        String cleaned = clean(text);
        if (cleaned.isEmpty()) {
            return Outcome.refused(InputReasons.DATE_EMPTY);
        }
        Matcher yearFirst = YEAR_FIRST.matcher(cleaned);
        Matcher dayFirst = DAY_FIRST.matcher(cleaned);
        int year;
        int month;
        int day;
        if (yearFirst.matches()) {
            year = Integer.parseInt(yearFirst.group(1));
            month = Integer.parseInt(yearFirst.group(3));
            day = Integer.parseInt(yearFirst.group(4));
        } else if (dayFirst.matches()) {
            day = Integer.parseInt(dayFirst.group(1));
            month = Integer.parseInt(dayFirst.group(3));
            year = Integer.parseInt(dayFirst.group(4));
        } else {
            return Outcome.refused(InputReasons.DATE_INVALID);
        }
        if (year < FIRST_JALALI_YEAR || year > LAST_JALALI_YEAR) {
            return Outcome.refused(InputReasons.DATE_INVALID);
        }
        return JalaliCalendar.toLocalDate(year, month, day)
                .<Outcome<LocalDate>>map(Outcome::done)
                .orElseGet(() -> Outcome.refused(InputReasons.DATE_INVALID));
    }

    /** A time of day on the 24-hour clock: "17:30", "5:30", or just the hour, "17". */
    public static Outcome<LocalTime> parseTime(String text) {
        if (text != null && text.length() > MAX_INPUT_LENGTH) {
            return Outcome.refused(InputReasons.TIME_INVALID);
        }
        Matcher time = TIME.matcher(clean(text));
        if (!time.matches()) {
            return Outcome.refused(InputReasons.TIME_INVALID);
        }
        int hour = Integer.parseInt(time.group(1));
        int minute = time.group(2) == null ? 0 : Integer.parseInt(time.group(2));
        if (hour > 23 || minute > 59) {
            return Outcome.refused(InputReasons.TIME_INVALID);
        }
        return Outcome.done(LocalTime.of(hour, minute));
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static void appendSpace(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }
}
