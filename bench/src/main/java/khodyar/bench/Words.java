package khodyar.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

/** The bot's Persian words, read from the locales packaged in the bot jar, to recognise its answers. */
final class Words {

    static final Pattern PERSIAN = Pattern.compile("[\\u0600-\\u06FF]");
    private static final Properties FA = load();

    /** The message with its arguments left out: the text before the first placeholder. */
    static String prefix(String key) {
        String pattern = text(key);
        int brace = pattern.indexOf('{');
        return (brace < 0 ? pattern : pattern.substring(0, brace)).strip();
    }

    /** The text of a message without arguments (a button label, say). */
    static String text(String key) {
        String value = FA.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("no Persian message " + key);
        }
        return value;
    }

    /** The fixed part of a message after its last placeholder (for messages that begin with a name). */
    static String suffix(String key) {
        String pattern = text(key);
        int brace = pattern.lastIndexOf('}');
        return (brace < 0 ? pattern : pattern.substring(brace + 1)).strip();
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Words.class.getClassLoader().getResourceAsStream("locales/messages_fa.properties")) {
            if (in == null) {
                throw new IllegalStateException("locales/messages_fa.properties is not on the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private Words() {
    }
}
