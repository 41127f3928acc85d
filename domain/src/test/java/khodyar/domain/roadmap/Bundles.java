package khodyar.domain.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import khodyar.domain.common.Refusal;

/** The message bundles in {@code locales/} (a sibling of this module), read as the bot reads them. */
final class Bundles {

    static final Path LOCALES = Path.of("..", "locales");
    static final Properties PERSIAN = load("messages_fa.properties");
    static final Properties ENGLISH = load("messages_en.properties");
    static final ULocale FA = new ULocale("fa_IR");

    private Bundles() {
    }

    /** The refusal as a Persian user reads it; fails when the key is missing from either bundle. */
    static String persian(Refusal refusal) {
        assertThat(ENGLISH.getProperty(refusal.reasonKey())).as("English text of %s", refusal.reasonKey()).isNotBlank();
        String pattern = PERSIAN.getProperty(refusal.reasonKey());
        assertThat(pattern).as("Persian text of %s", refusal.reasonKey()).isNotBlank();
        String text = new MessageFormat(pattern, FA).format(refusal.args().toArray());
        assertThat(text).as("every argument of %s is filled", refusal.reasonKey()).doesNotContain("{");
        return text;
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(LOCALES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCALES.resolve(file).toAbsolutePath(), e);
        }
        return properties;
    }
}
