package khodyar.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputMessagesTest {

    @ParameterizedTest(name = "messages_{0}")
    @ValueSource(strings = {"fa", "en"})
    void everyInputReasonHasAMessageThatParses(String language) throws IOException {
        Properties messages = LocaleFiles.load(language);

        for (String key : InputReasons.ALL) {
            assertThat(messages.getProperty(key)).as(key).isNotBlank();
            assertThat(new MessageFormat(messages.getProperty(key), new ULocale(language)).format(new Object[0]))
                    .as(key).isNotBlank();
        }
    }

    /** The locale files of the project, read from the domain module's directory. */
    static final class LocaleFiles {

        static Properties load(String language) throws IOException {
            Properties messages = new Properties();
            Path file = Path.of("..", "locales", "messages_" + language + ".properties");
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                messages.load(reader);
            }
            return messages;
        }

        private LocaleFiles() {
        }
    }
}
