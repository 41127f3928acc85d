package khodyar.bot.chat;

/**
 * What an inline button does. Its callback data is {@code prefix:arg:arg...}, at most 64 bytes; the
 * action must be safe to press twice (it answers "already done" the second time).
 */
public interface CallbackAction {

    String prefix();

    void onPress(Turn turn, String[] args);
}
