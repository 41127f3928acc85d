package khodyar.bot.telegram.standin;

import java.time.Instant;

/**
 * What the bot said when it answered a button press (answerCallbackQuery).
 *
 * @param callbackQueryId the id of the callback query handed out in the update
 * @param userId          who pressed the button
 * @param callbackData    the data of the pressed button
 * @param text            the notification text, or null when the bot answered silently
 * @param showAlert       whether the text was to be shown as an alert
 * @param answeredAt      when the stand-in received the answer
 */
public record CallbackAnswer(String callbackQueryId, long userId, String callbackData, String text,
                             boolean showAlert, Instant answeredAt) {
}
