package khodyar.bot.e2e;

import khodyar.bot.group.Groups;
import khodyar.bot.telegram.standin.BotApiStandIn;
import khodyar.bot.telegram.standin.SentMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole bot, started as in production (embedded store on disk, real TelegramBots client and
 * long polling), talking to a Bot API stand-in on 127.0.0.1 exactly as Telegram would. Every test
 * class shares one stand-in and one application; each test uses people of its own. The store's write
 * commands are recorded ({@link StoreWrites}) for the tests that count them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StoreWrites.class)
public abstract class EndToEndTest {

    protected static final String TOKEN = "4242:END-TO-END";
    protected static final BotApiStandIn telegram = BotApiStandIn.start(TOKEN);
    protected static final long ADMIN_ID = 1_000;
    protected static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path DATA_DIR = tempDir();
    private static final AtomicLong NEXT_ID = new AtomicLong(10_000);
    private static final Pattern DEEP_LINK = Pattern.compile("https://t\\.me/\\w+\\?start=([A-Za-z0-9_-]{1,64})");

    protected final Person admin = new Person(ADMIN_ID, "Admin");

    @Autowired
    private Groups groupsOfTheBot;

    @DynamicPropertySource
    static void bot(DynamicPropertyRegistry registry) {
        registry.add("telegram.bot-token", () -> TOKEN);
        registry.add("telegram.api-url", telegram::baseUrl);
        registry.add("bot.data-dir", DATA_DIR::toString);
        registry.add("bot.admins", () -> Long.toString(ADMIN_ID));
    }

    /** Someone new, with a Telegram id no other test uses. */
    protected static Person aPerson(String name) {
        return new Person(NEXT_ID.incrementAndGet(), name);
    }

    /** A facilitator invited by the admin, as the contract describes. */
    protected Person aFacilitator(String name) {
        Person facilitator = aPerson(name);
        String link = admin.says("/invite facilitator", m -> m.text().contains("start=")).text();
        facilitator.says("/start " + payloadOf(link), m -> true);
        return facilitator;
    }

    /** A group created by the facilitator; returns the member invite payload. */
    protected String aGroup(Person facilitator, String name) {
        return payloadOf(facilitator.says("/newgroup " + name, m -> m.text().contains("start=")).text());
    }

    /** Joins by the invite link and skips the profile questions. */
    protected Person aMemberOf(String invitePayload, String name) {
        Person member = aPerson(name);
        member.joins(invitePayload);
        member.says("رد شدن از این سؤال", m -> m.text().contains("مددخواه"));
        member.says("رد شدن از این سؤال", m -> m.text().contains("ثبت شد"));
        return member;
    }

    /** A group with a member (1), a treasurer (2) and a chair (3). */
    protected record SavingsGroup(String id, Person facilitator, Person member, Person treasurer, Person chair) {
    }

    protected SavingsGroup aSavingsGroup(String name) {
        Person facilitator = aFacilitator("Facilitator of " + name);
        String invite = aGroup(facilitator, name);
        Person member = aMemberOf(invite, "Maryam");
        Person treasurer = aMemberOf(invite, "Zahra");
        Person chair = aMemberOf(invite, "Fatemeh");
        facilitator.says("/setrole 2 treasurer", "ثبت شد");
        facilitator.says("/setrole 3 chair", "ثبت شد");
        return new SavingsGroup(groupsOfTheBot.membershipsOf(member.id()).get(0).groupId(), facilitator, member,
                treasurer, chair);
    }

    protected static String payloadOf(String text) {
        Matcher matcher = DEEP_LINK.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no deep link in: " + text);
        }
        return matcher.group(1);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("khodyar-e2e");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Telegram user talking to the bot in their private chat. */
    public record Person(long id, String name) {

        /** Sends a text and waits for the bot's reply that matches. */
        public SentMessage says(String text, Predicate<SentMessage> reply) {
            long update = telegram.sendText(id, name, text);
            return telegram.awaitReply(update, m -> m.text() != null && reply.test(m), WAIT);
        }

        /** Sends a text and waits for the bot's reply containing the given words. */
        public SentMessage says(String text, String replyContains) {
            return says(text, m -> m.text().contains(replyContains));
        }

        public SentMessage joins(String invitePayload) {
            return says("/start " + invitePayload, m -> m.text().contains("شماره"));
        }

        /** Presses the inline button whose label contains the words, and waits for the matching answer. */
        public SentMessage presses(SentMessage message, String labelPart, Predicate<SentMessage> reply) {
            long update = telegram.pressButton(id, message.messageId(), message.callbackDataOf(labelPart));
            return telegram.awaitReply(update, m -> m.text() != null && reply.test(m), WAIT);
        }

        public SentMessage sharesContact(String phone, Predicate<SentMessage> reply) {
            long update = telegram.shareContact(id, name, phone);
            return telegram.awaitReply(update, m -> m.text() != null && reply.test(m), WAIT);
        }

        public SentMessage receives(Predicate<SentMessage> match) {
            return telegram.awaitMessage(id, m -> m.text() != null && match.test(m), WAIT);
        }

        public List<SentMessage> inbox() {
            return telegram.sentTo(id);
        }
    }
}
