package khodyar.bot.e2e;

import khodyar.bot.telegram.standin.BotApiStandIn;
import khodyar.bot.telegram.standin.SentMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot as a child JVM, killed with {@code kill -9} in the middle of a burst of deposits and
 * confirmations, then restarted on the same data: every deposit it acknowledged is still there,
 * every confirmation it acknowledged is in the books, and the books reconcile.
 */
class LedgerCrashTest {

    private static final String TOKEN = "4343:CRASH";
    private static final long ADMIN = 1_000;
    private static final Duration WAIT = Duration.ofSeconds(40);
    /** Start-up alone takes several seconds, and much longer on a busy shared machine. */
    private static final Duration START_UP = Duration.ofSeconds(150);
    private static final Pattern DEEP_LINK = Pattern.compile("start=([A-Za-z0-9_-]{1,64})");
    private static final int MEMBERS = 16;

    private final BotApiStandIn telegram = BotApiStandIn.start(TOKEN);
    private Process bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.destroyForcibly();
        }
        telegram.close();
    }

    @Test
    void acknowledgedDepositsAndConfirmationsSurviveAHardKill() throws Exception {
        Path data = Files.createTempDirectory("khodyar-crash");
        bot = start(data);
        awaitUp();
        String facilitatorLink = say(ADMIN, "/invite facilitator", "start=").text();
        long facilitator = 2_000;
        say(facilitator, "/start " + payload(facilitatorLink), "تسهیلگر");
        String invite = payload(say(facilitator, "/newgroup گروه آزمون", "start=").text());
        long treasurer = 3_000;
        say(treasurer, "/start " + invite, "شماره");
        say(facilitator, "/setrole 1 treasurer", "ثبت شد");
        List<Long> members = new ArrayList<>();
        for (int i = 1; i <= MEMBERS; i++) {
            members.add(3_000L + i);
            say(3_000L + i, "/start " + invite, "شماره");
        }

        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        Set<Long> confirmed = ConcurrentHashMap.newKeySet();
        telegram.addListener(message -> {
            if (message.text() != null && message.text().contains("در انتظار تأیید")) {
                acknowledged.add(message.chatId());
            }
        });
        for (long member : members) {
            telegram.sendText(member, "M" + member, "/deposit 100000");
        }
        // confirm as requests arrive, and kill the bot halfway through
        long killAt = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Set<Long> pressed = ConcurrentHashMap.newKeySet();
        while (confirmed.size() < MEMBERS / 2 && System.nanoTime() < killAt) {
            for (SentMessage request : telegram.sentTo(treasurer)) {
                if (request.hasInlineKeyboard() && pressed.add(request.messageId())) {
                    telegram.pressButton(treasurer, request.messageId(), request.callbackDataOf("تأیید"));
                }
            }
            for (SentMessage edited : telegram.sentTo(treasurer)) {
                if (edited.text() != null && edited.text().contains("تأیید کردید")) {
                    confirmed.add(edited.messageId());
                }
            }
            Thread.sleep(20);
        }
        bot.destroyForcibly().waitFor();
        Set<Long> acknowledgedBeforeKill = Set.copyOf(acknowledged);
        int confirmedBeforeKill = confirmed.size();

        bot = start(data);
        awaitUp();
        for (long member : acknowledgedBeforeKill) {
            String balance = say(member, "/balance", "موجودی شما").text();
            assertThat(balance).containsAnyOf("پس‌انداز: ۱۰۰٬۰۰۰", "در انتظار تأیید: ۱۰۰٬۰۰۰");
        }
        String fund = say(treasurer, "/balance", "صندوق گروه").text();
        Matcher savings = Pattern.compile("پس‌انداز اعضا: ([۰-۹٬]+)").matcher(fund);
        assertThat(savings.find()).isTrue();
        long confirmedInBooks = Long.parseLong(savings.group(1).replace("٬", "")
                .chars().map(c -> c >= '۰' && c <= '۹' ? '0' + (c - '۰') : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()) / 100_000;
        assertThat(confirmedInBooks).isGreaterThanOrEqualTo(confirmedBeforeKill).isLessThanOrEqualTo(MEMBERS);
        assertThat(say(treasurer, "/reconcile", "دفتر بررسی شد").text()).contains("می‌خوانند");
    }

    private Process start(Path data) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "khodyar.bot.KhodyarApplication");
        builder.environment().put("TELEGRAM_BOT_TOKEN", TOKEN);
        builder.environment().put("TELEGRAM_API_URL", telegram.baseUrl());
        builder.environment().put("BOT_DATA_DIR", data.toString());
        builder.environment().put("BOT_ADMINS", Long.toString(ADMIN));
        builder.environment().put("SERVER_PORT", "0");
        builder.redirectErrorStream(true).redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile());
        return builder.start();
    }

    private void awaitUp() {
        long update = telegram.sendText(ADMIN, "Admin", "/help");
        telegram.awaitReply(update, m -> m.text() != null, START_UP);
    }

    private SentMessage say(long user, String text, String replyContains) {
        long update = telegram.sendText(user, "M" + user, text);
        return telegram.awaitReply(update, m -> m.text() != null && m.text().contains(replyContains), WAIT);
    }

    private static String payload(String text) {
        Matcher matcher = DEEP_LINK.matcher(text);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
