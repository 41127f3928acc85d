package khodyar.bot.telegram.standin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The bot's side: the real TelegramBots client calls the stand-in as it would call Telegram. */
class BotApiStandInClientTest {
    private static final String TOKEN = "123456:stand-in-token";
    private static final long MARYAM = 501;
    private static final long SAVINGS_GROUP_CHAT = -4001;

    private BotApiStandIn telegram;
    private OkHttpTelegramClient bot;

    @BeforeEach
    void startStandIn() {
        telegram = BotApiStandIn.start(TOKEN);
        bot = new OkHttpTelegramClient(TOKEN, new TelegramUrl("http", "127.0.0.1", telegram.port(), false));
        telegram.sendText(MARYAM, "مریم", "/start");
    }

    @AfterEach
    void stopStandIn() {
        telegram.close();
    }

    @Test
    void getMeNamesTheTestBot() throws Exception {
        var me = bot.execute(new GetMe());

        assertThat(me.getUserName()).isEqualTo("khodyar_test_bot").isEqualTo(telegram.botUsername());
        assertThat(me.getIsBot()).isTrue();
        assertThat(me.getId()).isEqualTo(123456L);
        assertThat(telegram.baseUrl()).isEqualTo("http://127.0.0.1:" + telegram.port());
    }

    @Test
    void sentMessageIsKeptWithItsButtonsAndReturnedAsTheLibrarysMessage() throws Exception {
        Message returned = bot.execute(textWithButtons(MARYAM, "واریز ۵۰۰٬۰۰۰ تومان", "تأیید", "deposit:confirm:7"));

        SentMessage kept = telegram.sentTo(MARYAM).get(0);
        assertThat(returned.getMessageId()).isEqualTo((int) kept.messageId()).isEqualTo(2);
        assertThat(returned.getChatId()).isEqualTo(MARYAM);
        assertThat(returned.getText()).isEqualTo("واریز ۵۰۰٬۰۰۰ تومان");
        assertThat(returned.getReplyMarkup().getKeyboard().get(0).get(0).getCallbackData()).isEqualTo("deposit:confirm:7");
        assertThat(returned.getFrom().getIsBot()).isTrue();
        assertThat(kept.method()).isEqualTo("sendMessage");
        assertThat(kept.buttonTexts()).containsExactly("تأیید", "رد");
        assertThat(kept.callbackDataOf("تأیید")).isEqualTo("deposit:confirm:7");
        assertThat(kept.editedTimes()).isZero();
        assertThat(telegram.allSent()).containsExactly(kept);
    }

    @Test
    void replyKeyboardIsKeptButNotEchoedInTheMessage() throws Exception {
        KeyboardRow row = new KeyboardRow(List.of(KeyboardButton.builder().text("ارسال شماره").requestContact(true).build()));
        Message returned = bot.execute(SendMessage.builder().chatId(MARYAM).text("شماره‌تان را بفرستید")
                .replyMarkup(ReplyKeyboardMarkup.builder().keyboardRow(row).build()).build());

        assertThat(returned.getReplyMarkup()).isNull();
        assertThat(telegram.sentTo(MARYAM).get(0).keyboardTexts()).containsExactly("ارسال شماره");
    }

    @Test
    void editingTextBumpsEditedTimesAndRemovesTheKeyboard() throws Exception {
        Message sent = bot.execute(textWithButtons(MARYAM, "واریز در انتظار", "تأیید", "deposit:confirm:7"));

        var edited = (Message) bot.execute(EditMessageText.builder().chatId(MARYAM).messageId(sent.getMessageId())
                .text("واریز تأیید شد").build());

        SentMessage now = telegram.sentTo(MARYAM).get(0);
        assertThat(telegram.sentTo(MARYAM)).hasSize(1);
        assertThat(now.text()).isEqualTo("واریز تأیید شد");
        assertThat(now.editedTimes()).isEqualTo(1);
        assertThat(now.hasInlineKeyboard()).isFalse();
        assertThat(edited.getEditDate()).isNotNull();
    }

    @Test
    void anEditThatChangesNothingIsRefusedLikeTelegram() throws Exception {
        Message sent = bot.execute(textWithButtons(MARYAM, "رأی شما", "موافق", "vote:yes:3"));
        bot.execute(EditMessageReplyMarkup.builder().chatId(MARYAM).messageId(sent.getMessageId()).build());

        var refusal = catchThrowableOfType(TelegramApiRequestException.class, () -> bot.execute(
                EditMessageReplyMarkup.builder().chatId(MARYAM).messageId(sent.getMessageId()).build()));

        assertThat(refusal.getErrorCode()).isEqualTo(400);
        assertThat(refusal.getApiResponse()).contains("message is not modified");
        assertThat(telegram.sentTo(MARYAM).get(0).editedTimes()).isEqualTo(1);
    }

    @Test
    void editingAMessageTheBotNeverSentIsRefused() {
        var refusal = catchThrowableOfType(TelegramApiRequestException.class, () -> bot.execute(
                EditMessageText.builder().chatId(MARYAM).messageId(99).text("x").build()));

        assertThat(refusal.getErrorCode()).isEqualTo(400);
        assertThat(refusal.getApiResponse()).contains("message to edit not found");
    }

    @Test
    void documentUploadKeepsItsBytesAndFileName() throws Exception {
        byte[] spreadsheet = "ledger rows".getBytes(StandardCharsets.UTF_8);

        Message returned = bot.execute(SendDocument.builder().chatId(SAVINGS_GROUP_CHAT)
                .document(new InputFile(new ByteArrayInputStream(spreadsheet), "گزارش گروه.xlsx"))
                .caption("گزارش ماه").build());

        SentMessage kept = telegram.sentTo(SAVINGS_GROUP_CHAT).get(0);
        assertThat(kept.isDocument()).isTrue();
        assertThat(kept.fileName()).isEqualTo("گزارش گروه.xlsx");
        assertThat(kept.fileBytes()).isEqualTo(spreadsheet);
        assertThat(kept.text()).isEqualTo("گزارش ماه");
        assertThat(returned.getDocument().getFileName()).isEqualTo("گزارش گروه.xlsx");
        assertThat(returned.getDocument().getFileSize()).isEqualTo(spreadsheet.length);
        assertThat(returned.getChat().isGroupChat()).isTrue();
    }

    @Test
    void photoUploadKeepsItsBytesAndButtons() throws Exception {
        byte[] chart = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3};
        InlineKeyboardMarkup buttons = InlineKeyboardMarkup.builder()
                .keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder().text("جزئیات").callbackData("report:details").build()))
                .build();

        Message returned = bot.execute(SendPhoto.builder().chatId(MARYAM)
                .photo(new InputFile(new ByteArrayInputStream(chart), "chart.png")).replyMarkup(buttons).build());

        SentMessage kept = telegram.sentTo(MARYAM).get(0);
        assertThat(kept.isPhoto()).isTrue();
        assertThat(kept.fileBytes()).isEqualTo(chart);
        assertThat(kept.callbackDataOf("جزئیات")).isEqualTo("report:details");
        assertThat(returned.getPhoto()).hasSize(1);
    }

    @Test
    void textOverFourThousandNinetySixCharactersIsRefused() {
        var refusal = catchThrowableOfType(TelegramApiRequestException.class, () -> bot.execute(
                SendMessage.builder().chatId(MARYAM).text("ا".repeat(4097)).build()));

        assertThat(refusal.getErrorCode()).isEqualTo(400);
        assertThat(refusal.getApiResponse()).contains("message is too long");
        assertThat(telegram.sentTo(MARYAM)).isEmpty();
    }

    @Test
    void callbackDataOverSixtyFourBytesIsRefused() {
        // 33 Persian letters are 66 bytes in UTF-8
        var refusal = catchThrowableOfType(TelegramApiRequestException.class, () -> bot.execute(
                textWithButtons(MARYAM, "رأی", "موافق", "ب".repeat(33))));

        assertThat(refusal.getErrorCode()).isEqualTo(400);
        assertThat(telegram.sentTo(MARYAM)).isEmpty();
    }

    @Test
    void injected429SurfacesAsRequestExceptionWithRetryAfter() throws Exception {
        telegram.fail429Next(1, 7);

        var refusal = catchThrowableOfType(TelegramApiRequestException.class, () -> bot.execute(
                SendMessage.builder().chatId(MARYAM).text("سلام").build()));

        assertThat(refusal.getErrorCode()).isEqualTo(429);
        assertThat(refusal.getParameters().getRetryAfter()).isEqualTo(7);
        assertThat(refusal.getApiResponse()).isEqualTo("Too Many Requests: retry after 7");
        assertThat(bot.execute(SendMessage.builder().chatId(MARYAM).text("سلام").build()).getText()).isEqualTo("سلام");
        assertThat(telegram.sentTo(MARYAM)).hasSize(1);
        assertThat(telegram.limitViolations()).isZero();
    }

    @Test
    void injected500FailsTheNextCallsOnly() throws Exception {
        telegram.fail500Next(2);

        for (int attempt = 0; attempt < 2; attempt++) {
            var failure = catchThrowableOfType(TelegramApiRequestException.class, () -> bot.execute(
                    SendMessage.builder().chatId(MARYAM).text("سلام").build()));
            assertThat(failure.getErrorCode()).isEqualTo(500);
        }
        bot.execute(SendMessage.builder().chatId(MARYAM).text("سلام").build());

        assertThat(telegram.sentTo(MARYAM)).hasSize(1);
    }

    @Test
    void privateChatGettingFiveMessagesInOneSecondCountsAViolation() {
        telegram.setEnforceLimits(true);
        int refused = 0;
        Integer retryAfter = null;

        for (int i = 1; i <= 5; i++) {
            try {
                bot.execute(SendMessage.builder().chatId(MARYAM).text("یادآوری " + i).build());
            } catch (TelegramApiRequestException e) {
                refused++;
                retryAfter = e.getParameters().getRetryAfter();
                assertThat(e.getErrorCode()).isEqualTo(429);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        assertThat(refused).isPositive();
        assertThat(telegram.limitViolations()).isEqualTo(refused);
        assertThat(retryAfter).isGreaterThanOrEqualTo(1);
        assertThat(telegram.sentTo(MARYAM)).hasSize(5 - refused);
    }

    @Test
    void commandsAreKeptPerLanguage() throws Exception {
        bot.execute(SetMyCommands.builder().languageCode("fa")
                .commands(List.of(new BotCommand("deposit", "گزارش واریز"), new BotCommand("balance", "موجودی"))).build());
        bot.execute(SetMyCommands.builder()
                .commands(List.of(new BotCommand("deposit", "report a deposit"))).build());

        assertThat(telegram.registeredCommands()).hasSize(2);
        Map<String, Object> persian = telegram.registeredCommands().stream()
                .filter(entry -> "fa".equals(entry.get("language_code"))).findFirst().orElseThrow();
        assertThat((List<?>) persian.get("commands")).hasSize(2);
        assertThat(persian.get("commands").toString()).contains("deposit", "گزارش واریز");
    }

    @Test
    void answeringTheSameCallbackTwiceIsRefused() throws Exception {
        Message sent = bot.execute(textWithButtons(MARYAM, "واریز", "تأیید", "deposit:confirm:7"));
        telegram.pressButton(MARYAM, sent.getMessageId(), "deposit:confirm:7");
        String queryId = String.valueOf(1);

        bot.execute(AnswerCallbackQuery.builder().callbackQueryId(queryId).text("ثبت شد").build());
        var refusal = catchThrowableOfType(TelegramApiRequestException.class, () -> bot.execute(
                AnswerCallbackQuery.builder().callbackQueryId(queryId).build()));

        assertThat(refusal.getErrorCode()).isEqualTo(400);
        assertThat(telegram.callbackAnswers()).singleElement().satisfies(answer -> {
            assertThat(answer.userId()).isEqualTo(MARYAM);
            assertThat(answer.callbackData()).isEqualTo("deposit:confirm:7");
            assertThat(answer.text()).isEqualTo("ثبت شد");
        });
    }

    @Test
    void getChatNamesAKnownUserAndRefusesAnUnknownChat() throws Exception {
        ChatFullInfo chat = bot.execute(GetChat.builder().chatId(MARYAM).build());

        assertThat(chat.getFirstName()).isEqualTo("مریم");
        assertThat(chat.getType()).isEqualTo("private");
        assertThatThrownBy(() -> bot.execute(GetChat.builder().chatId(999_999L).build()))
                .isInstanceOf(TelegramApiRequestException.class);
    }

    @Test
    void sendingToAUserWhoBlockedTheBotIsForbidden() {
        telegram.blockBot(MARYAM);

        var refusal = catchThrowableOfType(TelegramApiRequestException.class, () -> bot.execute(
                SendMessage.builder().chatId(MARYAM).text("سلام").build()));

        assertThat(refusal.getErrorCode()).isEqualTo(403);
    }

    @Test
    void wrongTokenIsUnauthorizedAndUnknownMethodNotFound() throws Exception {
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> wrongToken = http.send(post("/bot999:wrong/getMe"), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknownMethod = http.send(post("/bot" + TOKEN + "/sendDice"), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> mixedCase = http.send(post("/bot" + TOKEN + "/GETME"), HttpResponse.BodyHandlers.ofString());

        assertThat(wrongToken.statusCode()).isEqualTo(401);
        assertThat(wrongToken.body()).contains("\"ok\":false", "\"error_code\":401");
        assertThat(unknownMethod.statusCode()).isEqualTo(404);
        assertThat(unknownMethod.body()).isEqualTo("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        assertThat(mixedCase.body()).startsWith("{\"ok\":true,\"result\":{");
    }

    @Test
    void latencyDelaysEveryCall() throws Exception {
        telegram.setLatency(Duration.ofMillis(150));

        long started = System.nanoTime();
        bot.execute(new GetMe());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void listenersHearEverySendAndEdit() throws Exception {
        List<SentMessage> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        telegram.addListener(heard::add);

        Message sent = bot.execute(textWithButtons(MARYAM, "واریز", "تأیید", "deposit:confirm:7"));
        bot.execute(EditMessageText.builder().chatId(MARYAM).messageId(sent.getMessageId()).text("تأیید شد").build());

        assertThat(heard).extracting(SentMessage::text).containsExactly("واریز", "تأیید شد");
        assertThat(heard).extracting(SentMessage::editedTimes).containsExactly(0, 1);
    }

    private HttpRequest post(String path) {
        return HttpRequest.newBuilder(URI.create(telegram.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    }

    private static SendMessage textWithButtons(long chatId, String text, String confirmLabel, String confirmData) {
        InlineKeyboardRow row = new InlineKeyboardRow(
                InlineKeyboardButton.builder().text(confirmLabel).callbackData(confirmData).build(),
                InlineKeyboardButton.builder().text("رد").callbackData("deposit:reject:7").build());
        return SendMessage.builder().chatId(chatId).text(text)
                .replyMarkup(InlineKeyboardMarkup.builder().keyboardRow(row).build()).build();
    }
}
