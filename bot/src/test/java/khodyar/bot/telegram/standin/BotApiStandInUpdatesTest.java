package khodyar.bot.telegram.standin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The users' side: what the stand-in hands out from getUpdates, read with the library's own
 * {@code GetUpdates.deserializeResponse}, the same code the long poller runs.
 */
class BotApiStandInUpdatesTest {
    private static final String TOKEN = "123456:stand-in-token";
    private static final long MARYAM = 501;
    private static final long REZA = 502;
    private static final long SAVINGS_GROUP_CHAT = -4001;

    private BotApiStandIn telegram;
    private OkHttpTelegramClient bot;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startStandIn() {
        telegram = BotApiStandIn.start(TOKEN);
        bot = new OkHttpTelegramClient(TOKEN, new TelegramUrl("http", "127.0.0.1", telegram.port(), false));
    }

    @AfterEach
    void stopStandIn() {
        telegram.close();
    }

    @Test
    void aPrivateCommandDeserialisesIntoTheLibrarysUpdate() throws Exception {
        long updateId = telegram.sendText(MARYAM, "مریم", "/deposit ۵۰۰ هزار");

        Update update = getUpdates(0, 100, 0).get(0);

        assertThat(update.getUpdateId()).isEqualTo((int) updateId);
        Message message = update.getMessage();
        assertThat(message.getText()).isEqualTo("/deposit ۵۰۰ هزار");
        // TelegramBots 10.2.0 quirk: isCommand() reads entity texts that only getEntities() fills in
        assertThat(message.isCommand()).isFalse();
        assertThat(message.getEntities()).singleElement().satisfies(entity -> {
            assertThat(entity.getType()).isEqualTo("bot_command");
            assertThat(entity.getOffset()).isZero();
            assertThat(entity.getLength()).isEqualTo("/deposit".length());
        });
        assertThat(message.isCommand()).isTrue();
        assertThat(message.getChatId()).isEqualTo(MARYAM);
        assertThat(message.getChat().isUserChat()).isTrue();
        assertThat(message.getFrom().getFirstName()).isEqualTo("مریم");
        assertThat(message.getFrom().getIsBot()).isFalse();
        assertThat(message.getMessageId()).isEqualTo(1);
        assertThat(message.getDate()).isPositive();
    }

    @Test
    void aGroupMessageCarriesTheGroupChat() throws Exception {
        telegram.setGroupTitle(SAVINGS_GROUP_CHAT, "گروه امید");
        telegram.sendTextInGroup(SAVINGS_GROUP_CHAT, REZA, "رضا", "سلام");

        Message message = getUpdates(0, 100, 0).get(0).getMessage();

        assertThat(message.getChatId()).isEqualTo(SAVINGS_GROUP_CHAT);
        assertThat(message.isGroupMessage()).isTrue();
        assertThat(message.getChat().getTitle()).isEqualTo("گروه امید");
        assertThat(message.getFrom().getId()).isEqualTo(REZA);
        assertThat(message.isCommand()).isFalse();
    }

    @Test
    void aButtonPressCarriesTheBotsMessageAndTheData() throws Exception {
        Message question = bot.execute(SendMessage.builder().chatId(MARYAM).text("واریز ۵۰۰ هزار تومان؟")
                .replyMarkup(InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
                        InlineKeyboardButton.builder().text("تأیید").callbackData("deposit:confirm:7").build())).build())
                .build());

        telegram.pressButton(MARYAM, question.getMessageId(), "deposit:confirm:7");
        Update update = getUpdates(0, 100, 0).get(0);

        assertThat(update.hasCallbackQuery()).isTrue();
        assertThat(update.getCallbackQuery().getData()).isEqualTo("deposit:confirm:7");
        assertThat(update.getCallbackQuery().getFrom().getId()).isEqualTo(MARYAM);
        assertThat(update.getCallbackQuery().getMessage()).isInstanceOf(Message.class);
        Message pressed = (Message) update.getCallbackQuery().getMessage();
        assertThat(pressed.getMessageId()).isEqualTo(question.getMessageId());
        assertThat(pressed.getText()).isEqualTo("واریز ۵۰۰ هزار تومان؟");
        assertThat(pressed.getReplyMarkup().getKeyboard()).hasSize(1);
    }

    @Test
    void pressingAButtonOnAMessageTheBotNeverSentIsAMistakeInTheTest() {
        assertThatThrownBy(() -> telegram.pressButton(MARYAM, 42, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSharedContactCarriesThePhoneNumber() throws Exception {
        telegram.shareContact(MARYAM, "مریم", "+989121234567");

        Message message = getUpdates(0, 100, 0).get(0).getMessage();

        assertThat(message.hasContact()).isTrue();
        assertThat(message.getContact().getPhoneNumber()).isEqualTo("+989121234567");
        assertThat(message.getContact().getUserId()).isEqualTo(MARYAM);
    }

    @Test
    void anOffsetConfirmsEveryUpdateBelowIt() throws Exception {
        long first = telegram.sendText(MARYAM, "مریم", "یک");
        long second = telegram.sendText(MARYAM, "مریم", "دو");
        long third = telegram.sendText(REZA, "رضا", "سه");

        assertThat(getUpdates(0, 2, 0)).extracting(Update::getUpdateId).containsExactly((int) first, (int) second);
        assertThat(telegram.pendingUpdates()).isEqualTo(3);

        List<Update> rest = getUpdates(second + 1, 100, 0);

        assertThat(rest).extracting(Update::getUpdateId).containsExactly((int) third);
        assertThat(telegram.lastAcknowledgedOffset()).isEqualTo(second + 1);
        assertThat(telegram.pendingUpdates()).isEqualTo(1);
    }

    @Test
    void aRedeliveredUpdateIsHandedOutAgainAfterItWasConfirmed() throws Exception {
        long deposit = telegram.sendText(MARYAM, "مریم", "/deposit 500");
        getUpdates(0, 100, 0);
        getUpdates(deposit + 1, 100, 0);

        telegram.redeliver(deposit);
        List<Update> again = getUpdates(deposit + 1, 100, 0);

        assertThat(again).extracting(Update::getUpdateId).containsExactly((int) deposit);
        assertThat(getUpdates(deposit + 1, 100, 0)).isEmpty();
    }

    @Test
    void anEmptyGetUpdatesHoldsForItsTimeout() throws Exception {
        long started = System.nanoTime();

        List<Update> updates = getUpdates(0, 100, 1);

        assertThat(updates).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aHeldGetUpdatesWakesWhenAUserWrites() throws Exception {
        ScheduledExecutorService user = Executors.newSingleThreadScheduledExecutor();
        try {
            user.schedule(() -> telegram.sendText(MARYAM, "مریم", "سلام"), 200, TimeUnit.MILLISECONDS);
            long started = System.nanoTime();

            List<Update> updates = getUpdates(0, 100, 5);

            assertThat(updates).hasSize(1);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        } finally {
            user.shutdownNow();
        }
    }

    @Test
    void closingReleasesAHeldGetUpdates() throws Exception {
        CompletableFuture<List<Update>> held = CompletableFuture.supplyAsync(() -> {
            try {
                return getUpdates(0, 100, 30);
            } catch (Exception e) {
                return null;
            }
        });
        Thread.sleep(200);

        telegram.close();

        assertThat(held.get(5, TimeUnit.SECONDS)).isNullOrEmpty();
    }

    @Test
    void awaitReplyWaitsForTheBotsAnswerToThatUpdate() throws Exception {
        bot.execute(SendMessage.builder().chatId(MARYAM).text("خوش آمدید").build());
        long question = telegram.sendText(MARYAM, "مریم", "/balance");
        CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(100);
                bot.execute(SendMessage.builder().chatId(MARYAM).text("موجودی شما: ۰").build());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        SentMessage reply = telegram.awaitReply(question, message -> true, Duration.ofSeconds(5));

        assertThat(reply.text()).isEqualTo("موجودی شما: ۰");
        assertThat(telegram.awaitMessage(MARYAM, m -> m.text().contains("خوش"), Duration.ZERO).text())
                .isEqualTo("خوش آمدید");
    }

    @Test
    void awaitMessageFailsWithWhatWasSentWhenNothingMatches() throws Exception {
        bot.execute(SendMessage.builder().chatId(MARYAM).text("خوش آمدید").build());

        assertThatThrownBy(() -> telegram.awaitMessage(MARYAM, m -> m.text().contains("وام"), Duration.ofMillis(100)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("خوش آمدید");
    }

    private List<Update> getUpdates(long offset, int limit, int timeoutSeconds) throws Exception {
        String body = "{\"offset\":" + offset + ",\"limit\":" + limit + ",\"timeout\":" + timeoutSeconds
                + ",\"allowed_updates\":[]}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(telegram.baseUrl() + "/bot" + TOKEN + "/getupdates"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return new GetUpdates().deserializeResponse(response.body());
    }
}
