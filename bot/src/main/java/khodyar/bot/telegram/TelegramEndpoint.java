package khodyar.bot.telegram;

import org.telegram.telegrambots.meta.TelegramUrl;

import java.net.URI;

/**
 * The Bot API this process talks to: Telegram, any Bot API at {@code TELEGRAM_API_URL} (Bale, a local
 * server), or, without a token, the in-process stand-in of the local simulator.
 */
public record TelegramEndpoint(String token, String baseUrl, boolean simulator) {

    public TelegramUrl telegramUrl() {
        URI uri = URI.create(baseUrl);
        int port = uri.getPort() != -1 ? uri.getPort() : ("http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443);
        return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
    }
}
