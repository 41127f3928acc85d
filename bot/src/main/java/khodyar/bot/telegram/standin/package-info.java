/**
 * A local stand-in for the Telegram Bot API: the real Bot API JSON over HTTP on 127.0.0.1, served
 * from memory, for end-to-end tests, the browser simulator and benchmarks. No Spring here.
 *
 * <pre>{@code
 * try (BotApiStandIn telegram = BotApiStandIn.start("123:token")) {
 *     // point the bot at it: TELEGRAM_API_URL=telegram.baseUrl(), or
 *     // new TelegramUrl("http", "127.0.0.1", telegram.port(), false)
 *     long update = telegram.sendText(501, "Maryam", "/start");
 *     SentMessage welcome = telegram.awaitReply(update, SentMessage::hasInlineKeyboard, Duration.ofSeconds(5));
 *     telegram.pressButton(501, welcome.messageId(), welcome.callbackDataOf("..."));
 * }
 * }</pre>
 */
package khodyar.bot.telegram.standin;
