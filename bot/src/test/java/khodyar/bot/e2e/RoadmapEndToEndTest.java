package khodyar.bot.e2e;

import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.i18n.Messages;
import khodyar.bot.roadmap.Roadmaps;
import khodyar.bot.telegram.standin.SentMessage;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;
import khodyar.domain.roadmap.Actor;
import khodyar.domain.roadmap.Completion;
import khodyar.domain.roadmap.RoadmapEvent;
import khodyar.domain.roadmap.Roadmap;
import khodyar.domain.roadmap.Stage;
import khodyar.domain.roadmap.Step;
import khodyar.domain.roadmap.StepId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract's /roadmap and /step, reopening, the transition log, evidence, staff roles and assessments. */
class RoadmapEndToEndTest extends EndToEndTest {

    private static final String SKIP = "رد شدن از این سؤال";

    @Autowired
    Groups groups;
    @Autowired
    Roadmaps roadmaps;
    @Autowired
    Messages messages;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aGroupWalksStagesOneAndTwoAndEveryRefusalSaysWhyInPersian() {
        Person facilitator = aFacilitator("Parvin");
        String invite = aGroup(facilitator, "گروه مهر");
        Person maryam = aMemberOf(invite, "Maryam");
        Person zahra = aMemberOf(invite, "Zahra");
        GroupDoc group = groups.groupsWithStaff(facilitator.id()).get(0);

        SentMessage map = facilitator.says("/roadmap", "نقشه راه");
        for (Step step : Roadmap.standard().stepsOf(Stage.FORMING)) {
            assertThat(map.text()).contains(step.id() + " " + messages.get(Messages.Lang.FA, step.titleKey()));
        }
        assertThat(map.text()).contains("مرحله ۱").contains("۰ از ۳۶ گام");
        assertThat(map.buttonTexts()).containsExactly("✍️ ثبت F1", "✍️ ثبت F2", "✍️ ثبت F3", "✍️ ثبت F4", "✍️ ثبت F5", "✍️ ثبت F6");
        assertThat(maryam.says("/roadmap", "نقشه راه").hasInlineKeyboard()).isFalse();

        assertThat(facilitator.says("/step O1", "از مرحله").text()).contains("مرحله ۲").contains("مرحله ۱");
        assertThat(facilitator.says("/step C7", "حذف شده").text()).contains("F1");
        assertThat(facilitator.says("/step X9", "نداریم").text()).contains("/roadmap");

        facilitator.says("/step f1 جلسه در مسجد محل", "ثبت شد");
        long photo = telegram.sendPhoto(facilitator.id(), facilitator.name(), "photo-of-F1");
        telegram.awaitReply(photo, m -> m.text() != null && m.text().contains("پیوست شد"), WAIT);
        facilitator.says("پایان", "تمام شد");
        Completion f1 = roadmaps.read(group, Instant.now()).roadmap().completionOf(StepId.F1).orElseThrow();
        assertThat(((Completion.SignOff) f1).attachmentFileIds()).containsExactly("photo-of-F1");
        assertThat(((Completion.SignOff) f1).note()).isEqualTo("جلسه در مسجد محل");

        SentMessage withButtons = facilitator.says("/roadmap", "✅ F1");
        assertThat(withButtons.text()).contains("Parvin").contains("جلسه در مسجد محل");
        facilitator.presses(withButtons, "F2", m -> m.text().contains("یادداشتی"));
        facilitator.says(SKIP, "گام F2 ثبت شد");
        for (String step : new String[] {"F۳", "F4", "F5"}) {
            facilitator.says("/step " + step, "ثبت شد");
        }
        facilitator.says("/step F6", "ثبت شد");
        maryam.receives(m -> m.text().contains("به مرحله ۲ نقشه راه رسید"));
        zahra.receives(m -> m.text().contains("به مرحله ۲ نقشه راه رسید"));

        facilitator.says("/setrole 2 treasurer", "ثبت شد");
        assertThat(zahra.says("/step O1", "فقط با تأیید").text()).contains("تسهیلگر");
        assertThat(maryam.says("/step O1", "فقط").text()).contains("تسهیلگر");
        for (String step : new String[] {"O1", "O2", "O3", "O4", "O5", "O6"}) {
            facilitator.says("/step " + step, "ثبت شد");
        }
        assertThat(facilitator.says("/step O7", "پس‌انداز").text()).contains("خزانه‌دار");

        assertThat(facilitator.says("/reopen F2 جلسه ناتمام ماند", "دوباره باز کرد").text()).contains("جلسه ناتمام ماند");
        assertThat(facilitator.says("/roadmap", "نقشه راه").text()).contains("⬜ F2");
        SentMessage history = facilitator.says("/roadmap history", "تاریخچه");
        assertThat(history.text()).contains("گام F1 را Parvin ثبت کرد").contains("به مرحله ۲")
                .contains("Parvin گام F2 را دوباره باز کرد. دلیل: جلسه ناتمام ماند");
        assertThat(maryam.says("/reopen F1 بی‌دلیل", "فقط تسهیلگر").text()).contains("دوباره باز");
        facilitator.says("/step F2 جلسه دوباره برگزار شد", "ثبت شد");

        maryam.says("/deposit ۵۰۰ هزار تومان", "در انتظار تأیید");
        SentMessage request = zahra.receives(m -> m.text().contains("Maryam") && m.hasInlineKeyboard());
        zahra.presses(request, "تأیید", m -> m.text().contains("تأیید کردید"));
        facilitator.says("/step O7", "ثبت شد");
        maryam.receives(m -> m.text().contains("به مرحله ۳ نقشه راه رسید"));
        assertThat(groups.find(group.id()).orElseThrow().stage()).isEqualTo(3);

        assertThat(facilitator.says("/step C3", "دفاتر مالی").text()).contains("دستی ثبت نمی‌شود");
        assertThat(facilitator.says("/step C7", "حذف شده").text()).contains("F1");
        assertThat(facilitator.says("/step C11", "فقط با تأیید").text()).contains("مجری محلی");
        String implementerLink = facilitator.says("/invite implementer", "start=").text();
        Person implementer = aPerson("Behrouz");
        implementer.says("/start " + payloadOf(implementerLink), "مجری محلی");
        assertThat(groups.find(group.id()).orElseThrow().localImplementerIds()).contains(implementer.id());
        implementer.says("/step C11 اعتبارسنجی آزمایشی انجام شد", "ثبت شد");
        assertThat(facilitator.says("/roadmap", "نقشه راه").text()).contains("✅ C11").contains("Behrouz");
    }

    @Test
    void anAssessmentKeepsTheCounsellorNoteFromTheMemberAndFlagsAidRecipientsWithoutSupport() {
        Person facilitator = aFacilitator("Shirin");
        String invite = aGroup(facilitator, "گروه یاس");
        Person maryam = aMemberOf(invite, "Maryam");

        facilitator.says("/assess 1", "توانمندی");
        facilitator.says("خیاطی و آشپزی", "شغلی");
        facilitator.says("تولید لباس", "هدف");
        facilitator.says("درآمد برای خانواده", "ارزاق");
        facilitator.says("شاید", "«بله» یا «خیر»");
        facilitator.says("خیر", "کمک‌هزینه");
        facilitator.says("خیر", "مددخواه است");
        facilitator.says("بله", "پزشکی");
        facilitator.says("خیر", "روان‌شناسی");
        facilitator.says("بله", "یادداشت مشاور");
        facilitator.says("نگران افسردگی اوست", "حمایت جانبی");

        SentMessage own = maryam.says("/assessment", "ارزیابی فردی");
        assertThat(own.text()).contains("خیاطی و آشپزی").doesNotContain("افسردگی");
        assertThat(facilitator.says("/assessment 1", "ارزیابی فردی").text()).contains("نگران افسردگی اوست");
        assertThat(groups.membershipsOf(maryam.id()).get(0).aidRecipient()).isTrue();

        SentMessage overview = facilitator.says("/groups", "گروه‌های شما");
        assertThat(overview.text()).contains("نیازمند حمایت جانبی: Maryam").contains("۰ از ۳۶ گام")
                .contains("گام‌های بعدی: F1").contains("F3");
    }

    @Test
    void ofTwoConcurrentSignOffsOfOneStepExactlyOneIsRecorded() throws Exception {
        Person facilitator = aFacilitator("Roya");
        aGroup(facilitator, "گروه همراه");
        GroupDoc group = groups.groupsWithStaff(facilitator.id()).get(0);
        Actor actor = Actor.of(new PersonId(facilitator.id()), Role.FACILITATOR);
        Callable<Roadmaps.Result> signF1 = () -> roadmaps.act(group, Instant.now(),
                (roadmap, facts) -> roadmap.signOff(StepId.F1, actor, "", Instant.now(), facts));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Roadmaps.Result>> results = pool.invokeAll(List.of(signF1, signF1));
        pool.shutdown();

        long recorded = 0;
        for (Future<Roadmaps.Result> result : results) {
            recorded += result.get().refused() ? 0 : 1;
        }
        assertThat(recorded).isEqualTo(1);
        assertThat(roadmaps.read(group, Instant.now()).roadmap().history())
                .filteredOn(event -> event instanceof RoadmapEvent.StepSignedOff).hasSize(1);
    }

    @Test
    void aGroupWithoutProgressForThirtyDaysIsFlagged() {
        Person facilitator = aFacilitator("Afsaneh");
        aGroup(facilitator, "گروه کوچک");
        GroupDoc group = groups.groupsWithStaff(facilitator.id()).get(0);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(group.id())),
                Update.update("createdAt", Instant.now().minus(Duration.ofDays(40))), GroupDoc.class);

        assertThat(facilitator.says("/groups", "گروه‌های شما").text()).contains("بیش از ۳۰ روز");

        facilitator.says("/step F1", "ثبت شد");
        assertThat(facilitator.says("/groups", "گروه‌های شما").text()).doesNotContain("بیش از ۳۰ روز");
    }
}
