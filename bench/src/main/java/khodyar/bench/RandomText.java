package khodyar.bench;

import java.util.Random;

/**
 * Random things people might type at a prompt: Persian and Arabic letters and digits, Latin, ASCII
 * digits, emoji, control and direction characters, spaces, now and then 5,000 characters at once.
 */
final class RandomText {

    static final int LONGEST = 5_000;

    private static final int[][] RANGES = {
            {0x0621, 0x064A}, // Arabic letters, shared by Persian
            {0x067E, 0x06CC}, // Persian letters (pe, che, zhe, gaf, ye...)
            {0x06F0, 0x06F9}, // Persian digits
            {0x0660, 0x0669}, // Arabic-Indic digits
            {'a', 'z'}, {'A', 'Z'}, {'0', '9'},
            {0x1F600, 0x1F64F}, // emoji
            {0x0000, 0x001F}, // control characters
            {0x200B, 0x200F}, // zero-width and direction marks, the half-space among them
            {' ', ' '}, {'/', '/'}, {'-', '.'},
    };

    static String next(Random random) {
        int length = random.nextInt(20) == 0 ? LONGEST : 1 + random.nextInt(40);
        StringBuilder text = new StringBuilder(length);
        int[] range = RANGES[random.nextInt(RANGES.length)];
        while (text.length() < length) {
            if (random.nextInt(6) == 0) {
                range = RANGES[random.nextInt(RANGES.length)];
            }
            int codePoint = range[0] + random.nextInt(range[1] - range[0] + 1);
            if (text.length() + Character.charCount(codePoint) > length) {
                break;
            }
            text.appendCodePoint(codePoint);
        }
        if (text.isEmpty()) {
            text.append('?');
        }
        return text.toString();
    }

    /** A short, printable description of a string for a report. */
    static String describe(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(20).forEach(c -> shown.append(c < 0x20 ? String.format("\\x%02x", c) : Character.toString(c)));
        return "[" + text.length() + " chars] " + shown;
    }

    private RandomText() {
    }
}
