package khodyar.bot.e2e;

import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.bot.telegram.intake.InboxEntry;
import khodyar.bot.telegram.intake.Intake;
import khodyar.bot.telegram.intake.UpdateInbox;
import khodyar.bot.telegram.standin.SentMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An update is applied at most once however often it arrives, and bad input is answered, never stored. */
class DeliveryEndToEndTest extends EndToEndTest {

    @Autowired
    Intake intake;
    @Autowired
    UpdateInbox inbox;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Groups groups;

    @Test
    void theSameUpdateDeliveredThreeTimesChangesNothingTheSecondAndThirdTime() throws Exception {
        Person facilitator = aFacilitator("Parvin");
        String invite = aGroup(facilitator, "گروه یاس");
        Person golnar = aPerson("Golnar");
        long joining = telegram.sendText(golnar.id(), golnar.name(), "/start " + invite);
        telegram.awaitReply(joining, m -> m.text().contains("شماره"), WAIT);

        var update = inbox.read(mongo.findById(joining, InboxEntry.class));
        intake.accept(List.of(update));
        intake.accept(List.of(update));
        telegram.redeliver(joining);
        aPerson("Later").says("/start", "سلام"); // everything before it has been handled by now
        Thread.sleep(500);

        assertThat(groups.membershipsOf(golnar.id())).hasSize(1);
        assertThat(golnar.inbox()).filteredOn(m -> m.text().contains("خوش آمدید")).hasSize(1);
        assertThat(facilitator.inbox()).filteredOn(m -> m.text().contains("Golnar")).hasSize(1);
    }

    @Test
    void garbledEmptyHugeOrWrongScriptInputAtAPromptGetsAShortPersianAnswerAndNothingIsStored() {
        Person facilitator = aFacilitator("Shirin");
        String invite = aGroup(facilitator, "گروه مهر");
        Person member = aPerson("Elham");
        member.joins(invite);

        for (String garbage : List.of(" ", "x".repeat(5_000), "ا".repeat(5_000), "😀🙈🔥", "\u0000\u0007\u001b[31m",
                "ﺷﻤﺎﺭﻩ ﻣﻦ", "hello there", "۱۲۳۴۵", "DROP TABLE memberships;")) {
            SentMessage answer = member.says(garbage, m -> true);
            assertThat(answer.text()).as("answer to %s", garbage.length() > 20 ? garbage.substring(0, 20) : garbage)
                    .hasSizeLessThan(200).containsPattern("[\\u0600-\\u06FF]");
        }
        Membership stored = groups.membershipsOf(member.id()).get(0);
        assertThat(stored.phone()).isNull();
        assertThat(stored.aidRecipient()).isNull();

        member.says("رد شدن از این سؤال", "مددخواه");
        for (String garbage : List.of("شاید", "y".repeat(5_000), "🙂", "yes")) {
            assertThat(member.says(garbage, m -> true).text()).hasSizeLessThan(200).containsPattern("[\\u0600-\\u06FF]");
        }
        assertThat(groups.membershipsOf(member.id()).get(0).aidRecipient()).isNull();
        member.says("خیر", "ثبت شد");
        await().untilAsserted(() -> assertThat(groups.membershipsOf(member.id()).get(0).aidRecipient()).isFalse());
    }

    @Test
    void commandsWithGarbageArgumentsAreAnsweredInPersian() {
        Person facilitator = aFacilitator("Azar");
        assertThat(facilitator.says("/newgroup " + "ن".repeat(200), m -> true).text()).contains("نام گروه");
        assertThat(facilitator.says("/newgroup", m -> true).text()).contains("/newgroup");
        assertThat(facilitator.says("/nonsense", m -> true).text()).contains("/help");
        assertThat(facilitator.says("/lang xx", m -> true).text()).contains("/lang fa");
    }
}
