package khodyar.bot.telegram.intake;

import org.telegram.telegrambots.meta.api.objects.Update;

/** Small facts about an update that the intake needs before it is parsed for the conversation. */
public final class Updates {

    private Updates() {
    }

    /** The chat the update belongs to; 0 for updates that belong to no chat. */
    public static long chatId(Update update) {
        if (update.hasMessage()) {
            return update.getMessage().getChatId();
        }
        if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            return update.getCallbackQuery().getMessage().getChatId();
        }
        if (update.hasCallbackQuery()) {
            return update.getCallbackQuery().getFrom().getId();
        }
        if (update.hasEditedMessage()) {
            return update.getEditedMessage().getChatId();
        }
        return 0;
    }
}
