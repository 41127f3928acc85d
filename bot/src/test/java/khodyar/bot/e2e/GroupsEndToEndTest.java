package khodyar.bot.e2e;

import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.bot.telegram.standin.SentMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract's /start, /invite facilitator, /newgroup, joining by link, /members and /setrole. */
class GroupsEndToEndTest extends EndToEndTest {

    @Autowired
    Groups groups;

    @Test
    void startAnswersInPersianWithAMenu() {
        Person visitor = aPerson("Sara");

        SentMessage welcome = visitor.says("/start", "خودیار");

        assertThat(welcome.text()).contains("سلام");
        assertThat(welcome.keyboardTexts()).contains("راهنما ❓");
    }

    @Test
    void theBotRegistersItsCommandsInPersianAndByDefault() {
        List<Map<String, Object>> registered = telegram.registeredCommands();

        assertThat(registered).extracting(r -> r.get("language_code")).contains("fa", "", "en");
        assertThat(registered.toString()).contains("balance").contains("موجودی");
    }

    @Test
    void aFacilitatorCreatesAGroupThatMembersJoinByItsLink() {
        Person facilitator = aFacilitator("Nasrin");

        SentMessage created = facilitator.says("/newgroup گروه امید", "start=");
        assertThat(created.text()).contains("گروه امید").contains("مرحله ۱");
        String invite = payloadOf(created.text());

        Person maryam = aPerson("Maryam");
        SentMessage welcome = maryam.says("/start " + invite, "خوش آمدید");
        assertThat(welcome.text()).contains("گروه امید");
        maryam.receives(m -> m.text().contains("شماره") && m.replyMarkup() != null
                && m.replyMarkup().toString().contains("request_contact"));
        facilitator.receives(m -> m.text().contains("Maryam") && m.text().contains("پیوست"));

        maryam.sharesContact("+989121234567", m -> m.text().contains("مددخواه"));
        maryam.says("بله", "ثبت شد");
        Person zahra = aMemberOf(invite, "Zahra");

        SentMessage members = facilitator.says("/members", "اعضای گروه");
        assertThat(members.text()).contains("۱. Maryam").contains("۲. Zahra");
        Membership stored = groups.membershipsOf(maryam.id()).get(0);
        assertThat(stored.phone()).isEqualTo("+989121234567");
        assertThat(stored.aidRecipient()).isTrue();

        facilitator.says("/setrole 2 treasurer", "ثبت شد");
        zahra.receives(m -> m.text().contains("خزانه‌دار"));
        assertThat(facilitator.says("/members", "اعضای گروه").text()).contains("۲. Zahra — خزانه‌دار");
        assertThat(zahra.says("/members", "اعضای گروه").text()).contains("۱. Maryam");
    }

    @Test
    void onlyAdminsInviteOnlyFacilitatorsCreateGroupsAndRecordElections() {
        Person stranger = aPerson("Reza");
        assertThat(stranger.says("/invite facilitator", "فقط").text()).contains("مدیر سامانه");
        assertThat(stranger.says("/newgroup گروه من", "فقط").text()).contains("تسهیلگر");

        Person facilitator = aFacilitator("Leila");
        String invite = aGroup(facilitator, "گروه نور");
        Person member = aMemberOf(invite, "Hassan");
        assertThat(member.says("/setrole 1 chair", "فقط").text()).contains("تسهیلگر");
    }

    @Test
    void aFacilitatorLinkWorksOnce() {
        String link = admin.says("/invite facilitator", "start=").text();
        aPerson("First").says("/start " + payloadOf(link), "تسهیلگر");

        SentMessage second = aPerson("Second").says("/start " + payloadOf(link), "استفاده شده");

        assertThat(second.text()).contains("پیوند تازه");
    }

    @Test
    void setroleExplainsBadNumbersAndRoles() {
        Person facilitator = aFacilitator("Mina");
        String invite = aGroup(facilitator, "گروه باران");
        aMemberOf(invite, "Ali");

        assertThat(facilitator.says("/setrole ۹ treasurer", "بین").text()).contains("۱");
        assertThat(facilitator.says("/setrole abc chair", "بین").text()).contains("/members");
        assertThat(facilitator.says("/setrole 1 king", "نمی‌شناسم").text()).contains("treasurer");
        assertThat(facilitator.says("/setrole", "شماره عضو").text()).contains("/setrole 2 treasurer");
        assertThat(facilitator.says("/setrole ۱ رئیس", "ثبت شد").text()).contains("Ali");
    }
}
