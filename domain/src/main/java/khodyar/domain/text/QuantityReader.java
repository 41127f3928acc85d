package khodyar.domain.text;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import khodyar.domain.money.DisplayUnit;

/**
 * Reads a quantity from cleaned text (Latin digits, single spaces): digits with thousands
 * separators, scale words, spelled-out Persian numbers, "and a half", a leading minus and,
 * for amounts, a unit word at the end. Knows nothing of limits or money; callers judge the result.
 */
final class QuantityReader {

    /** Why a text is not a quantity; callers turn it into their own reason key. */
    enum Problem { EMPTY, NOT_A_NUMBER, NEGATIVE, FRACTION }

    sealed interface Reading {
    }

    /** A quantity and the unit the text named, or null when it named none. */
    record Quantity(BigDecimal value, DisplayUnit unit) implements Reading {
    }

    record Unreadable(Problem problem) implements Reading {
    }

    private enum Kind { NUMBER, WORD, AND, HALF, SCALE, UNIT, NEW, MINUS }

    private record Token(Kind kind, String text, BigDecimal value, boolean hasDecimalPoint, DisplayUnit unit) {

        static Token of(Kind kind, String text) {
            return new Token(kind, text, null, false, null);
        }
    }

    /** Digits in groups separated by a thousands separator, then an optional decimal part. */
    private static final Pattern NUMBER =
            Pattern.compile("[0-9]+(?:[,\u060C\u066C ][0-9]+)*(?:[.\u066B][0-9]+)?");
    private static final Pattern GROUP_SEPARATOR = Pattern.compile("[,\u060C\u066C ]");
    private static final Pattern DECIMAL_POINT = Pattern.compile("[.\u066B]");
    private static final BigDecimal ONE_HALF = new BigDecimal("0.5");

    /** RuleBasedNumberFormat is not thread-safe; one per thread costs a few ms once. */
    private static final ThreadLocal<RuleBasedNumberFormat> SPELL_OUT = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(new ULocale("fa"), RuleBasedNumberFormat.SPELLOUT));

    private QuantityReader() {
    }

    static Reading read(String cleaned, boolean unitWordsAllowed) {
        List<Token> tokens = tokenise(cleaned);
        if (tokens == null) {
            return new Unreadable(Problem.NOT_A_NUMBER);
        }
        if (tokens.isEmpty()) {
            return new Unreadable(Problem.EMPTY);
        }
        boolean negative = tokens.get(0).kind() == Kind.MINUS;
        if (negative) {
            tokens = tokens.subList(1, tokens.size());
        }
        DisplayUnit unit = null;
        if (unitWordsAllowed) {
            unit = trailingUnit(tokens);
            if (unit != null) {
                tokens = tokens.subList(0, tokens.size() - (unit == DisplayUnit.NEW_RIAL ? 2 : 1));
            }
        }
        if (tokens.isEmpty() || tokens.stream().anyMatch(t -> t.kind() == Kind.UNIT
                || t.kind() == Kind.NEW || t.kind() == Kind.MINUS)) {
            return new Unreadable(Problem.NOT_A_NUMBER);
        }
        Reading reading = quantity(tokens);
        if (negative) {
            return negated(reading);
        }
        return reading instanceof Quantity q ? new Quantity(q.value(), unit) : reading;
    }

    /** A minus before what is not a number leaves it not a number; minus zero is zero. */
    private static Reading negated(Reading reading) {
        boolean notANumber = reading instanceof Unreadable u && u.problem() == Problem.NOT_A_NUMBER;
        boolean zero = reading instanceof Quantity q && q.value().signum() == 0;
        return notANumber || zero ? reading : new Unreadable(Problem.NEGATIVE);
    }

    private static DisplayUnit trailingUnit(List<Token> tokens) {
        int last = tokens.size() - 1;
        if (last >= 1 && tokens.get(last).kind() == Kind.NEW && tokens.get(last - 1).unit() == DisplayUnit.RIAL) {
            return DisplayUnit.NEW_RIAL;
        }
        return last >= 0 && tokens.get(last).kind() == Kind.UNIT ? tokens.get(last).unit() : null;
    }

    /** The whole phrase as ICU's spell-out reads it, else groups of "coefficient scale". */
    private static Reading quantity(List<Token> tokens) {
        boolean wordsOnly = tokens.stream().allMatch(t -> t.kind() == Kind.WORD || t.kind() == Kind.AND
                || t.kind() == Kind.SCALE);
        if (wordsOnly) {
            BigDecimal spelled = spelledOut(tokens);
            if (spelled != null) {
                return new Quantity(spelled, null);
            }
        }
        return groups(tokens);
    }

    /**
     * "2 milyun va 500 hezar": each scale word closes a group; scales must fall from left to
     * right and each group must be smaller than the scale before it, so nothing is read twice.
     */
    private static Reading groups(List<Token> tokens) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal previousScale = null;
        List<Token> pending = new ArrayList<>();
        Token previous = null;
        for (Token token : tokens) {
            if (token.kind() == Kind.SCALE) {
                Reading coefficient = pending.isEmpty() ? new Quantity(BigDecimal.ONE, null) : coefficient(pending, true);
                if (!(coefficient instanceof Quantity c)) {
                    return coefficient;
                }
                BigDecimal value = c.value().multiply(token.value());
                if (previousScale != null && (token.value().compareTo(previousScale) >= 0
                        || value.compareTo(previousScale) >= 0)) {
                    return new Unreadable(Problem.NOT_A_NUMBER);
                }
                total = total.add(value);
                previousScale = token.value();
                pending.clear();
            } else if (token.kind() == Kind.AND && previous != null && previous.kind() == Kind.SCALE) {
                // "va" after a scale word only joins two groups
            } else {
                pending.add(token);
            }
            previous = token;
        }
        if (previous.kind() == Kind.AND) {
            return new Unreadable(Problem.NOT_A_NUMBER);
        }
        if (!pending.isEmpty()) {
            Reading rest = coefficient(pending, previousScale != null);
            if (!(rest instanceof Quantity r)) {
                return rest;
            }
            if (previousScale != null && r.value().compareTo(previousScale) >= 0) {
                return new Unreadable(Problem.NOT_A_NUMBER);
            }
            total = total.add(r.value());
        }
        return new Quantity(total, null);
    }

    /** One number before a scale word (fractions allowed there) or at the end. */
    private static Reading coefficient(List<Token> tokens, boolean fractionAllowed) {
        int size = tokens.size();
        if (tokens.get(size - 1).kind() == Kind.HALF) {
            if (!fractionAllowed) {
                return new Unreadable(Problem.FRACTION);
            }
            if (size == 1) {
                return new Quantity(ONE_HALF, null);
            }
            if (size < 3 || tokens.get(size - 2).kind() != Kind.AND) {
                return new Unreadable(Problem.NOT_A_NUMBER);
            }
            Reading whole = coefficient(tokens.subList(0, size - 2), false);
            return whole instanceof Quantity w ? new Quantity(w.value().add(ONE_HALF), null) : whole;
        }
        if (size == 1 && tokens.get(0).kind() == Kind.NUMBER) {
            Token number = tokens.get(0);
            if (number.hasDecimalPoint() && !fractionAllowed) {
                return new Unreadable(Problem.FRACTION);
            }
            return new Quantity(number.value(), null);
        }
        boolean words = tokens.stream().allMatch(t -> t.kind() == Kind.WORD || t.kind() == Kind.AND);
        BigDecimal spelled = words ? spelledOut(tokens) : null;
        return spelled == null ? new Unreadable(Problem.NOT_A_NUMBER) : new Quantity(spelled, null);
    }

    /** ICU reads a prefix and stops silently at garbage, so only a read of the whole phrase counts. */
    private static BigDecimal spelledOut(List<Token> tokens) {
        StringBuilder phrase = new StringBuilder();
        for (Token token : tokens) {
            if (phrase.length() > 0) {
                phrase.append(' ');
            }
            phrase.append(token.text());
        }
        String text = phrase.toString();
        ParsePosition position = new ParsePosition(0);
        Number number;
        try {
            number = SPELL_OUT.get().parse(text, position);
        } catch (RuntimeException unexpected) {
            // the contract is that no typed text throws; ICU's parser is not ours to trust blindly
            return null;
        }
        boolean wholeTextRead = position.getErrorIndex() < 0 && position.getIndex() == text.length();
        boolean integral = number instanceof Long || number instanceof Integer;
        if (!wholeTextRead || !integral || number.longValue() < 0) {
            return null;
        }
        return BigDecimal.valueOf(number.longValue());
    }

    /** Tokens of the text, or null when it holds anything that is not a digit, letter or sign. */
    private static List<Token> tokenise(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ') {
                i++;
            } else if (c >= '0' && c <= '9') {
                Matcher matcher = NUMBER.matcher(text).region(i, text.length());
                matcher.lookingAt();
                Token number = number(matcher.group());
                if (number == null) {
                    return null;
                }
                tokens.add(number);
                i = matcher.end();
            } else if (c == '-' || c == '\u2212') {
                if (!tokens.isEmpty()) {
                    return null;
                }
                tokens.add(Token.of(Kind.MINUS, "-"));
                i++;
            } else if (Character.isLetter(c)) {
                int end = i;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                tokens.addAll(words(text.substring(i, end)));
                i = end;
            } else {
                return null;
            }
        }
        return tokens;
    }

    /** A number token, or null when its thousands groups are not 1-3 digits then threes. */
    private static Token number(String text) {
        String[] integerAndFraction = DECIMAL_POINT.split(text, -1);
        String[] groups = GROUP_SEPARATOR.split(integerAndFraction[0], -1);
        for (int g = 1; g < groups.length; g++) {
            if (groups[g].length() != 3 || groups[0].length() > 3) {
                return null;
            }
        }
        String plain = String.join("", groups);
        boolean decimal = integerAndFraction.length == 2;
        BigDecimal value = new BigDecimal(decimal ? plain + "." + integerAndFraction[1] : plain);
        return new Token(Kind.NUMBER, text, value, decimal, null);
    }

    /** One word, or a run of scale and unit words typed without spaces ("hezartoman"). */
    private static List<Token> words(String word) {
        Token known = knownWord(word);
        if (known != null) {
            return List.of(known);
        }
        List<Token> parts = new ArrayList<>();
        String rest = word;
        while (!rest.isEmpty()) {
            String prefix = knownPrefix(rest);
            if (prefix == null) {
                return List.of(Token.of(Kind.WORD, word));
            }
            parts.add(knownWord(prefix));
            rest = rest.substring(prefix.length());
        }
        return parts;
    }

    private static String knownPrefix(String text) {
        for (Map<String, ?> vocabulary : List.of(PersianWords.SCALES, PersianWords.UNITS)) {
            for (String word : vocabulary.keySet()) {
                if (text.startsWith(word)) {
                    return word;
                }
            }
        }
        return null;
    }

    private static Token knownWord(String word) {
        if (PersianWords.SCALES.containsKey(word)) {
            return new Token(Kind.SCALE, word, PersianWords.SCALES.get(word), false, null);
        }
        if (PersianWords.UNITS.containsKey(word)) {
            return new Token(Kind.UNIT, word, null, false, PersianWords.UNITS.get(word));
        }
        if (word.equals(PersianWords.AND)) {
            return Token.of(Kind.AND, word);
        }
        if (word.equals(PersianWords.HALF)) {
            return Token.of(Kind.HALF, word);
        }
        if (word.equals(PersianWords.NEW)) {
            return Token.of(Kind.NEW, word);
        }
        if (word.equals(PersianWords.MINUS)) {
            return Token.of(Kind.MINUS, word);
        }
        return null;
    }
}
