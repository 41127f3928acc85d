package khodyar.bot.e2e;

import khodyar.bot.meeting.MeetingFacts;
import khodyar.bot.meeting.MeetingReminders;
import khodyar.bot.telegram.standin.SentMessage;
import khodyar.domain.roadmap.StepId;
import khodyar.domain.text.PersianFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Scheduling, moving, reminding, attendance and trainings, through the Bot API stand-in. */
class MeetingsEndToEndTest extends EndToEndTest {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    @Autowired
    MeetingReminders reminders;
    @Autowired
    MeetingFacts facts;
    @Autowired
    MongoTemplate mongo;

    private static String jalali(LocalDate date) {
        return PersianFormat.dateNumeric(date, "en");
    }

    /** Reminder runs in a test start from a clean mark, whatever other tests moved it to. */
    private void forgetLastReminderRun() {
        mongo.remove(Query.query(Criteria.where("_id").is("meeting-reminders")), "jobMarks");
    }

    @Test
    void aFacilitatorSchedulesAndMovesAMeetingAndMembersAreToldAndRemindedOnce() {
        Person facilitator = aFacilitator("Nasrin");
        String invite = aGroup(facilitator, "گروه شکوفه");
        Person maryam = aMemberOf(invite, "Maryam");
        Person zahra = aMemberOf(invite, "Zahra");
        LocalDate inThreeDays = LocalDate.now(TEHRAN).plusDays(3);

        assertThat(facilitator.says("/meeting 1300/01/01 17:00", "گذشته").text()).contains("/meeting");
        assertThat(maryam.says("/meeting " + jalali(inThreeDays) + " 17:00", "فقط").text()).contains("تسهیلگر");
        SentMessage scheduled = facilitator.says("/meeting " + jalali(inThreeDays).replace('1', '۱') + " ۱۷:۳۰ مسجد محل",
                "جلسه ثبت شد");
        assertThat(scheduled.text()).contains("۱۷:۳۰").contains("مسجد محل");
        maryam.receives(m -> m.text().contains("جلسه تازه گروه «گروه شکوفه»") && m.text().contains("مسجد محل"));
        zahra.receives(m -> m.text().contains("جلسه تازه"));

        SentMessage list = facilitator.says("/meetings", "جلسه‌های پیش‌روی");
        assertThat(list.text()).contains("مسجد محل").contains(PersianFormat.date(inThreeDays, "fa"));
        SentMessage datePicker = facilitator.presses(list, "جابه‌جایی", m -> m.text().contains("به چه روزی"));
        LocalDate inFourDays = inThreeDays.plusDays(1);
        SentMessage timePicker = facilitator.presses(datePicker, PersianFormat.date(inFourDays, "fa"),
                m -> m.text().contains("ساعت جلسه"));
        facilitator.presses(timePicker, "۱۸:۰۰", m -> m.text().contains("جابه‌جا شد"));
        maryam.receives(m -> m.text().contains("عوض شد") && m.text().contains("۱۸:۰۰"));

        Instant startsAt = inFourDays.atTime(18, 0).atZone(TEHRAN).toInstant();
        forgetLastReminderRun();
        reminders.runAt(startsAt.minus(Duration.ofDays(1)).plusSeconds(30));
        reminders.runAt(startsAt.minus(Duration.ofHours(1)).plusSeconds(30));
        forgetLastReminderRun();
        reminders.runAt(startsAt.minus(Duration.ofHours(1)).plusSeconds(30));

        maryam.receives(m -> m.text().contains("یک ساعت دیگر"));
        zahra.receives(m -> m.text().contains("یک ساعت دیگر"));
        assertThat(count(maryam, m -> m.text().contains("فردا جلسه گروه «گروه شکوفه»"))).isEqualTo(1);
        assertThat(count(maryam, m -> m.text().contains("یک ساعت دیگر جلسه گروه «گروه شکوفه»"))).isEqualTo(1);
    }

    @Test
    void aTrainingIsRecordedWithWhoCameAndShowsInTheFiguresAndTheRoadmapFacts() {
        Person facilitator = aFacilitator("Leila");
        String invite = aGroup(facilitator, "گروه نسیم");
        Person ali = aMemberOf(invite, "Ali");
        aMemberOf(invite, "Hassan");

        SentMessage subjects = facilitator.says("/training", "کدام آموزش");
        SentMessage sheet = facilitator.presses(subjects, "حسابداری برای همه",
                m -> m.text().contains("حضور و غیاب") && m.hasInlineKeyboard());
        SentMessage marked = facilitator.presses(sheet, "Ali", m -> m.text().contains("حاضر: ۱ از ۲"));
        facilitator.presses(marked, "ثبت حضور و غیاب", m -> m.text().contains("۱ نفر از ۲ نفر"));

        SentMessage figures = facilitator.says("/meetings", "حضور در جلسه‌ها");
        assertThat(figures.text()).contains("۵۰٪").contains("حسابداری برای همه اعضا: ۱ جلسه");
        assertThat(ali.says("/meetings", "جلسه").text()).doesNotContain("حضور در جلسه‌ها");
        String groupId = mongo.findOne(Query.query(Criteria.where("name").is("گروه نسیم")),
                khodyar.bot.group.GroupDoc.class).id();
        assertThat(facts.stepsFulfilledByTrainings(groupId)).containsExactly(StepId.C1);
        assertThat(facts.attendance(groupId).group().percent()).isEqualTo(50);
    }

    @Test
    void twoHundredMembersGetEachReminderExactlyOnceWithinTheBotApiLimits() throws Exception {
        Person facilitator = aFacilitator("Mina");
        String invite = aGroup(facilitator, "گروه دویست");
        LocalDate inFiveDays = LocalDate.now(TEHRAN).plusDays(5);
        facilitator.says("/meeting " + jalali(inFiveDays) + " 16:00 سالن محله", "جلسه ثبت شد");
        int violationsBefore = telegram.limitViolations();
        telegram.setEnforceLimits(true);
        try {
            List<Person> members = joinInParallel(invite, 200);
            int violationsWhileJoining = telegram.limitViolations() - violationsBefore;

            Instant startsAt = LocalDateTime.of(inFiveDays, java.time.LocalTime.of(16, 0)).atZone(TEHRAN).toInstant();
            telegram.fail429Next(5, 1);
            forgetLastReminderRun();
            reminders.runAt(startsAt.minus(Duration.ofDays(1)).plusSeconds(30));
            List<SentMessage> dayReminders = awaitOneEach(members, m -> m.text().contains("فردا جلسه گروه «گروه دویست»"));
            telegram.fail429Next(5, 1);
            reminders.runAt(startsAt.minus(Duration.ofHours(1)).plusSeconds(30));
            forgetLastReminderRun();
            reminders.runAt(startsAt.minus(Duration.ofHours(1)).plusSeconds(30));
            List<SentMessage> hourReminders = awaitOneEach(members, m -> m.text().contains("یک ساعت دیگر جلسه گروه «گروه دویست»"));

            Thread.sleep(2_000); // a doubled reminder would arrive after the awaited ones
            for (Person member : members) {
                assertThat(count(member, m -> m.text().contains("فردا جلسه گروه «گروه دویست»"))).as(member.name()).isEqualTo(1);
                assertThat(count(member, m -> m.text().contains("یک ساعت دیگر جلسه گروه «گروه دویست»"))).as(member.name()).isEqualTo(1);
            }
            System.out.printf("reminder send rate: day %.1f/s, hour %.1f/s (limit 30/s); limit violations: %d while joining, %d in all%n",
                    rate(dayReminders), rate(hourReminders), violationsWhileJoining, telegram.limitViolations() - violationsBefore);
            assertThat(telegram.limitViolations()).isEqualTo(violationsBefore);
        } finally {
            telegram.setEnforceLimits(false);
        }
    }

    private List<Person> joinInParallel(String invite, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Person>> joins = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = "Member" + i;
                joins.add(pool.submit(() -> {
                    Person member = aPerson(name);
                    member.says("/start " + invite, "خوش آمدید");
                    member.says("/menu", m -> true);
                    return member;
                }));
            }
            List<Person> members = new ArrayList<>();
            for (Future<Person> join : joins) {
                members.add(join.get());
            }
            return members;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits until each member has a message that matches, and returns them, one per member. */
    private static List<SentMessage> awaitOneEach(List<Person> members, Predicate<SentMessage> match) {
        List<SentMessage> found = new ArrayList<>();
        for (Person member : members) {
            found.add(telegram.awaitMessage(member.id(), m -> m.text() != null && match.test(m), Duration.ofSeconds(60)));
        }
        return found;
    }

    private static double rate(List<SentMessage> messages) {
        List<Instant> times = messages.stream().map(SentMessage::sentAt).sorted(Comparator.naturalOrder()).toList();
        double seconds = Duration.between(times.get(0), times.get(times.size() - 1)).toMillis() / 1000.0;
        return seconds == 0 ? messages.size() : (messages.size() - 1) / seconds;
    }

    private static long count(Person person, Predicate<SentMessage> match) {
        return person.inbox().stream().filter(m -> m.text() != null && match.test(m)).count();
    }
}
