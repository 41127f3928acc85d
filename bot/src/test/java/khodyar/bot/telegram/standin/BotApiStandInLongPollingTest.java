package khodyar.bot.telegram.standin;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.LongPollingSingleThreadUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

/** A small bot on the real TelegramBots long poller and client talks to users through the stand-in. */
class BotApiStandInLongPollingTest {
    private static final String TOKEN = "123456:stand-in-token";
    private static final long MARYAM = 501;
    private static final Duration WAIT = Duration.ofSeconds(5);

    private BotApiStandIn telegram;
    private ScheduledExecutorService pollerThread;
    private TelegramBotsLongPollingApplication poller;

    @BeforeEach
    void startBotOnTheStandIn() throws TelegramApiException {
        telegram = BotApiStandIn.start(TOKEN);
        TelegramUrl url = new TelegramUrl("http", "127.0.0.1", telegram.port(), false);
        pollerThread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "test-poller");
            thread.setDaemon(true);
            return thread;
        });
        poller = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), () -> pollerThread);
        poller.registerBot(TOKEN, () -> url, new DefaultGetUpdatesGenerator(),
                new DepositDesk(new OkHttpTelegramClient(TOKEN, url)));
    }

    @AfterEach
    void stopEverything() throws Exception {
        poller.close();
        telegram.close();
        pollerThread.shutdownNow();
    }

    @Test
    void memberStartsPressesConfirmAndAsksForTheReport() {
        long start = telegram.sendText(MARYAM, "مریم", "/start");
        SentMessage welcome = telegram.awaitReply(start, SentMessage::hasInlineKeyboard, WAIT);
        assertThat(welcome.text()).isEqualTo("خوش آمدید، مریم");

        long press = telegram.pressButton(MARYAM, welcome.messageId(), welcome.callbackDataOf("تأیید"));
        SentMessage confirmed = telegram.awaitReply(press, message -> message.editedTimes() == 1, WAIT);

        assertThat(confirmed.messageId()).isEqualTo(welcome.messageId());
        assertThat(confirmed.text()).isEqualTo("تأیید شد");
        assertThat(confirmed.hasInlineKeyboard()).isFalse();
        assertThat(telegram.callbackAnswers()).singleElement()
                .satisfies(answer -> assertThat(answer.text()).isEqualTo("ثبت شد"));

        long report = telegram.sendText(MARYAM, "مریم", "/report");
        SentMessage document = telegram.awaitReply(report, SentMessage::isDocument, WAIT);

        assertThat(document.fileName()).isEqualTo("report.csv");
        assertThat(new String(document.fileBytes(), StandardCharsets.UTF_8)).isEqualTo("member,saved\n1,500000\n");
        assertThat(telegram.sentTo(MARYAM)).hasSize(2);
        assertThat(telegram.lastAcknowledgedOffset()).isGreaterThanOrEqualTo(press + 1);
    }

    /** Just enough of a bot to exercise the stand-in: a welcome with a button, a confirmation, a report. */
    private static final class DepositDesk implements LongPollingSingleThreadUpdateConsumer {
        private final OkHttpTelegramClient client;

        DepositDesk(OkHttpTelegramClient client) {
            this.client = client;
        }

        @Override
        public void consume(Update update) {
            try {
                if (update.hasCallbackQuery()) {
                    client.execute(AnswerCallbackQuery.builder().callbackQueryId(update.getCallbackQuery().getId())
                            .text("ثبت شد").build());
                    Message pressed = (Message) update.getCallbackQuery().getMessage();
                    client.execute(EditMessageText.builder().chatId(pressed.getChatId()).messageId(pressed.getMessageId())
                            .text("تأیید شد").build());
                } else if ("/start".equals(update.getMessage().getText())) {
                    InlineKeyboardRow row = new InlineKeyboardRow(
                            InlineKeyboardButton.builder().text("تأیید").callbackData("deposit:confirm:1").build());
                    client.execute(SendMessage.builder().chatId(update.getMessage().getChatId())
                            .text("خوش آمدید، " + update.getMessage().getFrom().getFirstName())
                            .replyMarkup(InlineKeyboardMarkup.builder().keyboardRow(row).build()).build());
                } else if ("/report".equals(update.getMessage().getText())) {
                    byte[] csv = "member,saved\n1,500000\n".getBytes(StandardCharsets.UTF_8);
                    client.execute(SendDocument.builder().chatId(update.getMessage().getChatId())
                            .document(new InputFile(new ByteArrayInputStream(csv), "report.csv")).build());
                }
            } catch (TelegramApiException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
