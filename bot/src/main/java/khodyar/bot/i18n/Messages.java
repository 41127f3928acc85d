package khodyar.bot.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every word a user sees, read from {@code locales/messages_<lang>.properties} and formatted with
 * ICU MessageFormat, so that numbers come out in Persian digits and dates in the Jalali calendar.
 */
public final class Messages {

    private final Map<Lang, Map<String, String>> patterns;
    private final Map<String, MessageFormat> compiled = new ConcurrentHashMap<>();

    private Messages(Map<Lang, Map<String, String>> patterns) {
        this.patterns = patterns;
    }

    public static Messages load() {
        Map<Lang, Map<String, String>> patterns = new java.util.EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            patterns.put(lang, read("locales/messages_" + lang.code() + ".properties"));
        }
        return new Messages(patterns);
    }

    public static Map<String, String> read(String resource) {
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing message bundle " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new ConcurrentHashMap<>();
            properties.forEach((k, v) -> map.put((String) k, (String) v));
            return Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text for a key; a missing key is a bug, shown as the key itself rather than failing a reply. */
    public String get(Lang lang, String key, Object... args) {
        String pattern = patterns.get(lang).get(key);
        if (pattern == null) {
            pattern = patterns.get(Lang.FA).get(key);
        }
        if (pattern == null) {
            return key;
        }
        String resolved = pattern;
        MessageFormat format = compiled.computeIfAbsent(lang.code() + '|' + key,
                k -> new MessageFormat(resolved, lang.uLocale()));
        synchronized (format) {
            return format.format(args);
        }
    }

    public boolean has(Lang lang, String key) {
        return patterns.get(lang).containsKey(key);
    }

    public Set<String> keys(Lang lang) {
        return new TreeSet<>(patterns.get(lang).keySet());
    }

    public enum Lang {
        FA("fa", new ULocale("fa_IR@calendar=persian")),
        EN("en", new ULocale("en@calendar=persian"));

        private final String code;
        private final ULocale uLocale;

        Lang(String code, ULocale uLocale) {
            this.code = code;
            this.uLocale = uLocale;
        }

        public String code() {
            return code;
        }

        public ULocale uLocale() {
            return uLocale;
        }

        public static Lang of(String code) {
            return "en".equalsIgnoreCase(code) ? EN : FA;
        }
    }
}
