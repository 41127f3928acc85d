package khodyar.domain.text;

import khodyar.domain.common.Outcome;

/** Placeholder until the normaliser lands: whole numbers in Persian, Arabic-Indic or Latin digits. */
public final class PersianInput {

    private PersianInput() {
    }

    public static Outcome<Long> parseWholeNumber(String text) {
        if (text == null || text.isBlank()) {
            return Outcome.refused("input.number.invalid");
        }
        StringBuilder digits = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            int d = Character.digit(c, 10);
            if (d < 0 || digits.length() > 15) {
                return Outcome.refused("input.number.invalid");
            }
            digits.append(d);
        }
        return Outcome.done(Long.parseLong(digits.toString()));
    }
}
