package khodyar.bot.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The contract's Telegram settings: {@code TELEGRAM_BOT_TOKEN}, {@code TELEGRAM_API_URL},
 * {@code TELEGRAM_MODE}, {@code TELEGRAM_WEBHOOK_URL}, {@code TELEGRAM_WEBHOOK_SECRET}.
 */
@ConfigurationProperties(prefix = "telegram")
public record TelegramSettings(String botToken, String apiUrl, Mode mode, String webhookUrl, String webhookSecret) {

    public TelegramSettings {
        apiUrl = (apiUrl == null || apiUrl.isBlank()) ? "https://api.telegram.org" : stripSlash(apiUrl.trim());
        mode = mode == null ? Mode.POLLING : mode;
    }

    public boolean hasToken() {
        return botToken != null && !botToken.isBlank();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public enum Mode { POLLING, WEBHOOK }
}
