package khodyar.domain.text;

import java.math.BigDecimal;
import java.util.Map;
import khodyar.domain.money.DisplayUnit;

/**
 * The few Persian words the number reader understands besides ICU's spelled-out numbers. Written
 * as escapes because source files under src/main hold no Arabic-script characters; the
 * transliteration beside each says which word it is.
 */
final class PersianWords {

    /** "va", and: joins the parts of a number. */
    static final String AND = "\u0648";
    /** "nim", half: "do va nim milyun" is two and a half million. */
    static final String HALF = "\u0646\u06CC\u0645";
    /** "manfi", minus. */
    static final String MINUS = "\u0645\u0646\u0641\u06CC";
    /** "jadid", new: "rial-e jadid" is the new rial. */
    static final String NEW = "\u062C\u062F\u06CC\u062F";
    /** "rial". */
    static final String RIAL = "\u0631\u06CC\u0627\u0644";

    /** Scale words and their value; the misspellings "melyun" and "melyard" are common. */
    static final Map<String, BigDecimal> SCALES = Map.of(
            "\u0647\u0632\u0627\u0631", BigDecimal.valueOf(1_000L),                        // hezar
            "\u0645\u06CC\u0644\u06CC\u0648\u0646", BigDecimal.valueOf(1_000_000L),        // milyun
            "\u0645\u0644\u06CC\u0648\u0646", BigDecimal.valueOf(1_000_000L),              // melyun
            "\u0645\u06CC\u0644\u06CC\u0627\u0631\u062F", BigDecimal.valueOf(1_000_000_000L), // milyard
            "\u0645\u0644\u06CC\u0627\u0631\u062F", BigDecimal.valueOf(1_000_000_000L));   // melyard

    /** Unit words; "rial" followed by {@link #NEW} is the new rial. */
    static final Map<String, DisplayUnit> UNITS = Map.of(
            "\u062A\u0648\u0645\u0627\u0646", DisplayUnit.TOMAN,   // toman
            "\u062A\u0648\u0645\u0646", DisplayUnit.TOMAN,         // toman, as spoken
            RIAL, DisplayUnit.RIAL);

    private PersianWords() {
    }
}
