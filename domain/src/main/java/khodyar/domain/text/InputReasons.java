package khodyar.domain.text;

import java.util.List;

/**
 * Every reason {@link PersianInput} gives for refusing what a user typed, listed together. Each is
 * a message key in both locale files whose text says what was wrong and what to type instead.
 */
public final class InputReasons {

    public static final String AMOUNT_EMPTY = "input.amount.empty";
    public static final String AMOUNT_NOT_A_NUMBER = "input.amount.notANumber";
    public static final String AMOUNT_ZERO = "input.amount.zero";
    public static final String AMOUNT_NEGATIVE = "input.amount.negative";
    public static final String AMOUNT_TOO_LARGE = "input.amount.tooLarge";
    public static final String AMOUNT_FRACTION = "input.amount.fraction";
    public static final String AMOUNT_TOO_LONG = "input.amount.tooLong";

    public static final String NUMBER_EMPTY = "input.number.empty";
    public static final String NUMBER_NOT_A_NUMBER = "input.number.notANumber";
    public static final String NUMBER_NEGATIVE = "input.number.negative";
    public static final String NUMBER_TOO_LARGE = "input.number.tooLarge";
    public static final String NUMBER_TOO_LONG = "input.number.tooLong";

    public static final String DATE_EMPTY = "input.date.empty";
    public static final String DATE_INVALID = "input.date.invalid";

    public static final String TIME_INVALID = "input.time.invalid";

    public static final List<String> ALL = List.of(
            AMOUNT_EMPTY, AMOUNT_NOT_A_NUMBER, AMOUNT_ZERO, AMOUNT_NEGATIVE, AMOUNT_TOO_LARGE,
            AMOUNT_FRACTION, AMOUNT_TOO_LONG,
            NUMBER_EMPTY, NUMBER_NOT_A_NUMBER, NUMBER_NEGATIVE, NUMBER_TOO_LARGE, NUMBER_TOO_LONG,
            DATE_EMPTY, DATE_INVALID,
            TIME_INVALID);

    private InputReasons() {
    }
}
