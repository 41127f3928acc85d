package khodyar.bot.telegram;

/** Who the bot is on Telegram, learnt from {@code getMe} at start; deep links are built from its username. */
public record BotIdentity(long id, String username) {

    public String deepLink(String payload) {
        return "https://t.me/" + username + "?start=" + payload;
    }
}
