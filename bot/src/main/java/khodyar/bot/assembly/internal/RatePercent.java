package khodyar.bot.assembly.internal;

import khodyar.domain.common.Outcome;
import khodyar.domain.text.PersianInput;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A yearly rate typed by a person: "18", Persian or Arabic digits, "2.5", "2/5", "2\u066B5", with or without a percent sign. */
public final class RatePercent {

    private static final Pattern NUMBER = Pattern.compile("^([0-9]{1,3})(?:[./\u066B]([0-9]{1,2}))?$");
    private static final Pattern DECORATION = Pattern.compile("[%\u066A\\s]");

    private RatePercent() {
    }

    public static Outcome<BigDecimal> parse(String typed) {
        String bare = DECORATION.matcher(PersianInput.normaliseDigits(typed == null ? "" : typed)).replaceAll("");
        Matcher matcher = NUMBER.matcher(bare);
        if (!matcher.matches()) {
            return Outcome.refused("assemblychat.refused.badRate");
        }
        String number = matcher.group(2) == null ? matcher.group(1) : matcher.group(1) + "." + matcher.group(2);
        return Outcome.done(new BigDecimal(number));
    }
}
