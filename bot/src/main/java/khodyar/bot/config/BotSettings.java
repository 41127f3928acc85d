package khodyar.bot.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.ZoneId;
import java.util.Set;

/**
 * The contract's deployment settings: {@code BOT_ADMINS}, {@code BOT_TIMEZONE}, {@code BOT_DATA_DIR},
 * and the outbound limits (settings, so that benchmarks may raise them).
 */
@ConfigurationProperties(prefix = "bot")
public record BotSettings(Set<Long> admins, ZoneId timezone, String dataDir, int handlerThreads, Outbound outbound) {

    public BotSettings {
        admins = admins == null ? Set.of() : Set.copyOf(admins);
        timezone = timezone == null ? ZoneId.of("Asia/Tehran") : timezone;
        dataDir = (dataDir == null || dataDir.isBlank()) ? "./data" : dataDir;
        handlerThreads = handlerThreads <= 0 ? 8 : handlerThreads;
        outbound = outbound == null ? Outbound.telegramDefaults() : outbound;
    }

    public boolean isAdmin(long userId) {
        return admins.contains(userId);
    }

    /** These settings with one more administrator (the local simulator's first person). */
    public BotSettings withAdmin(long userId) {
        Set<Long> more = new java.util.HashSet<>(admins);
        more.add(userId);
        return new BotSettings(more, timezone, dataDir, handlerThreads, outbound);
    }

    /**
     * Telegram's published limits: about 30 messages a second overall, one a second per private chat
     * (small bursts allowed), 20 a minute per group chat. The defaults stay a little under them.
     */
    public record Outbound(int globalPerSecond, int privateChatBurst, int groupChatPerMinute, int maxInFlight) {
        public static Outbound telegramDefaults() {
            return new Outbound(30, 3, 19, 16);
        }
    }
}
