package khodyar.bot.admin;

import khodyar.bot.e2e.EndToEndTest;
import khodyar.bot.telegram.standin.SentMessage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /broadcast}: an administrator's notice reaches every member of the active group once. */
class BroadcastEndToEndTest extends EndToEndTest {

    @Test
    void anAdminsBroadcastReachesEveryMemberOfTheActiveGroupOnceEvenWhenTheUpdateComesAgain() throws Exception {
        String invite = aGroup(admin, "گروه اطلاع‌رسانی");
        List<Person> members = List.of(aMemberOf(invite, "Soheila"), aMemberOf(invite, "Nahid"), aMemberOf(invite, "Akram"));

        long update = telegram.sendText(admin.id(), admin.name(), "/broadcast جلسه پنجشنبه ساعت ۱۰ است");
        SentMessage queued = telegram.awaitReply(update, m -> m.text().contains("صف"), WAIT);
        assertThat(queued.text()).contains("۳").contains("گروه اطلاع‌رسانی");
        for (Person member : members) {
            member.receives(m -> m.text().contains("جلسه پنجشنبه ساعت ۱۰ است"));
        }
        telegram.redeliver(update);
        aPerson("Later").says("/start", "سلام"); // the redelivered update has been handled by now
        Thread.sleep(500);

        for (Person member : members) {
            assertThat(member.inbox()).filteredOn(m -> m.text().contains("جلسه پنجشنبه")).hasSize(1);
        }
    }

    @Test
    void onlyAnAdministratorMayBroadcastAndAnEmptyBroadcastExplainsItself() {
        Person facilitator = aFacilitator("Farah");
        aGroup(facilitator, "گروه سپیده");

        assertThat(facilitator.says("/broadcast سلام به همه", "فقط").text()).contains("مدیر سامانه");
        aGroup(admin, "گروه مدیر");
        assertThat(admin.says("/broadcast", "/broadcast").text()).contains("متن پیام");
        assertThat(admin.says("/broadcast " + "ب".repeat(3_600), "بلند").text()).contains("۳۵۰۰");
    }
}
