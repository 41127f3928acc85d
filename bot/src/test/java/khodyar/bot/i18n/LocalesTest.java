package khodyar.bot.i18n;

import com.ibm.icu.text.MessageFormat;
import khodyar.bot.i18n.Messages.Lang;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word a user sees is in both bundles, parses, and none is written in Java code. */
class LocalesTest {

    private static final Pattern ARABIC_SCRIPT = Pattern.compile("[\\x{0600}-\\x{06FF}\\x{FB50}-\\x{FDFF}\\x{FE70}-\\x{FEFF}]");

    /** {@code {0}}, {@code {1,number,integer}}: what a pattern fills in, not words of its own. */
    private static final Pattern SIMPLE_ARGUMENT = Pattern.compile("\\{\\d+(,[^{}]*)?\\}");

    private final Map<String, String> persian = Messages.read("locales/messages_fa.properties");
    private final Map<String, String> english = Messages.read("locales/messages_en.properties");

    @Test
    void bothBundlesHaveTheSameKeys() {
        Set<String> onlyPersian = new TreeSet<>(persian.keySet());
        onlyPersian.removeAll(english.keySet());
        Set<String> onlyEnglish = new TreeSet<>(english.keySet());
        onlyEnglish.removeAll(persian.keySet());

        assertThat(onlyPersian).as("keys missing from messages_en").isEmpty();
        assertThat(onlyEnglish).as("keys missing from messages_fa").isEmpty();
    }

    @Test
    void everyPatternParses() {
        List<String> broken = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            Map<String, String> bundle = lang == Lang.FA ? persian : english;
            bundle.forEach((key, pattern) -> {
                try {
                    new MessageFormat(pattern, lang.uLocale());
                } catch (IllegalArgumentException e) {
                    broken.add(lang + " " + key + ": " + e.getMessage());
                }
            });
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void persianMessagesAreInPersian() {
        List<String> latinOnly = persian.entrySet().stream()
                .filter(e -> !ARABIC_SCRIPT.matcher(e.getValue()).find())
                .filter(e -> SIMPLE_ARGUMENT.matcher(e.getValue()).replaceAll("").chars().anyMatch(Character::isLetter))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(latinOnly).as("Persian bundle entries with no Persian word").isEmpty();
    }

    @Test
    void noPersianTextInJavaCode() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../domain/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    if (ARABIC_SCRIPT.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
                        offenders.add(file.toString());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
