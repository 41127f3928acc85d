package khodyar.bot.report.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Vazirmatn, bundled (SIL Open Font License): servers seldom have a font with Persian letters, and
 * without one the chart would show empty boxes. Loaded once; AWT runs headless.
 */
final class ReportFont {

    static final String RESOURCE = "/fonts/Vazirmatn-Regular.ttf";
    private static final Font REGULAR = load();

    private ReportFont() {
    }

    static Font regular(int points) {
        return REGULAR.deriveFont(Map.of(TextAttribute.SIZE, points));
    }

    static Font bold(int points) {
        return REGULAR.deriveFont(Map.of(TextAttribute.SIZE, points, TextAttribute.WEIGHT, TextAttribute.WEIGHT_BOLD));
    }

    private static Font load() {
        // Spring Boot sets this too; a report made outside the application must not look for a display
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the report font is missing from the application: " + RESOURCE);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the report font cannot be read: " + RESOURCE, e);
        }
    }
}
