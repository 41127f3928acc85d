package khodyar.bot.assembly;

import khodyar.bot.e2e.EndToEndTest;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.ledger.SavingsAgreements;
import khodyar.bot.roadmap.Roadmaps;
import khodyar.bot.telegram.standin.SentMessage;
import khodyar.domain.assembly.GroupRules;
import khodyar.domain.assembly.Majority;
import khodyar.domain.assembly.Quorum;
import khodyar.domain.assembly.SavingsRhythm;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;
import khodyar.domain.ledger.Rhythm;
import khodyar.domain.ledger.SavingsAgreement;
import khodyar.domain.money.Money;
import khodyar.domain.roadmap.Actor;
import khodyar.domain.roadmap.Completion;
import khodyar.domain.roadmap.GroupRoadmap;
import khodyar.domain.roadmap.StepId;
import khodyar.domain.text.PersianInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The assembly's savings agreement and constitution votes, and what they complete on the roadmap. */
class AssemblyDecisionsEndToEndTest extends EndToEndTest {

    @Autowired
    Groups groups;
    @Autowired
    Roadmaps roadmaps;
    @Autowired
    GroupRulesStore rules;
    @Autowired
    SavingsAgreements agreements;

    @Test
    void aPassedSavingsAgreementBecomesTheLedgersAgreementAndCompletesO3() {
        Person facilitator = aFacilitator("Nasrin");
        String invite = aGroup(facilitator, "گروه یاس");
        Person maryam = aMemberOf(invite, "Maryam");
        Person zahra = aMemberOf(invite, "Zahra");
        aMemberOf(invite, "Fatemeh");
        GroupDoc group = groups.groupsWithStaff(facilitator.id()).get(0);
        signedOff(group, facilitator, StepId.F1, StepId.F2, StepId.F3, StepId.F4, StepId.F5, StepId.F6);

        SentMessage kinds = facilitator.says("/propose", "چه چیزی");
        facilitator.presses(kinds, "توافق پس‌انداز", m -> m.text().contains("پس‌انداز کند"));
        facilitator.says("صد تومان؟", "مبلغ");
        facilitator.says("۱۰۰ هزار", "چند وقت");
        facilitator.says("هر روز", "چند وقت");
        facilitator.says("هفتگی", "اولین موعد");
        facilitator.says("۱۴۰۵/۰۱/۱۵", "آغاز شد");

        for (Person member : List.of(maryam, zahra)) {
            SentMessage ballot = member.receives(m -> m.text().contains("اولین موعد") && m.hasInlineKeyboard());
            assertThat(ballot.text()).contains("۱۰۰٬۰۰۰").contains("هفتگی");
            member.presses(ballot, "موافق", m -> m.text().contains("رأی شما: موافق"));
        }
        maryam.receives(m -> m.text().contains("تصویب شد") && m.text().contains("هفتگی"));

        SavingsAgreement agreed = agreements.of(group.id()).orElseThrow();
        assertThat(agreed).isEqualTo(new SavingsAgreement(Money.ofToman(100_000), Rhythm.WEEKLY,
                PersianInput.parseJalaliDate("1405/01/15").orElseThrow()));
        assertThat(rules.rulesOf(new GroupId(group.id())).savings().orElseThrow().rhythm())
                .isEqualTo(SavingsRhythm.WEEKLY);
        GroupRoadmap roadmap = roadmaps.read(group, Instant.now()).roadmap();
        assertThat(roadmap.completionOf(StepId.O3)).containsInstanceOf(Completion.SettledByBooks.class);
        assertThat(roadmap.isDone(StepId.O2)).isFalse();
        assertThat(facilitator.says("/roadmap", "نقشه راه").text()).contains("O3").contains("با رأی مجمع");
    }

    @Test
    void aPassedConstitutionChangesTheGroupsRulesAndCompletesO2() {
        Person facilitator = aFacilitator("Leila");
        String invite = aGroup(facilitator, "گروه لاله");
        Person ali = aMemberOf(invite, "Ali");
        Person hassan = aMemberOf(invite, "Hassan");
        aMemberOf(invite, "Reza");
        GroupDoc group = groups.groupsWithStaff(facilitator.id()).get(0);
        signedOff(group, facilitator, StepId.F1, StepId.F2, StepId.F3, StepId.F4, StepId.F5, StepId.F6);

        facilitator.says("/propose constitution", "پس‌انداز کند");
        facilitator.says("۲۰۰ هزار", "چند وقت");
        facilitator.says("ماهانه", "چند برابر");
        facilitator.says("۲", "چند ماه");
        facilitator.says("۱۰۰", "چند ماه");
        facilitator.says("۶", "حد نصاب");
        facilitator.says("۶۰", "اکثریت");
        facilitator.says("دست‌کم دو سوم همهٔ اعضا", "آغاز شد");

        for (Person member : List.of(ali, hassan)) {
            SentMessage ballot = member.receives(m -> m.text().contains("حد نصاب") && m.hasInlineKeyboard());
            member.presses(ballot, "موافق", m -> m.text().contains("رأی شما: موافق"));
        }
        ali.receives(m -> m.text().contains("تصویب شد") && m.text().contains("حد نصاب"));

        GroupRules adopted = rules.rulesOf(new GroupId(group.id()));
        assertThat(adopted.loanMultiple()).isEqualTo(2);
        assertThat(adopted.maxTermMonths()).isEqualTo(6);
        assertThat(adopted.votingRules().quorum()).isEqualTo(new Quorum(60));
        assertThat(adopted.votingRules().majority()).isEqualTo(Majority.TWO_THIRDS);
        assertThat(adopted.savings().orElseThrow().amountPerPeriod()).isEqualTo(Money.ofToman(200_000));
        assertThat(roadmaps.read(group, Instant.now()).roadmap().isDone(StepId.O2)).isTrue();
    }

    @Test
    void trainingsHeldShowBesideTheirStepsWithTheGroupsAttendance() {
        Person facilitator = aFacilitator("Mina");
        String invite = aGroup(facilitator, "گروه نرگس");
        Person maryam = aMemberOf(invite, "Maryam");
        Person zahra = aMemberOf(invite, "Zahra");
        GroupDoc group = groups.groupsWithStaff(facilitator.id()).get(0);
        signedOff(group, facilitator, StepId.F1, StepId.F2, StepId.F3, StepId.F4, StepId.F5, StepId.F6,
                StepId.O1, StepId.O2, StepId.O3, StepId.O4, StepId.O5, StepId.O6);
        facilitator.says("/setrole 2 treasurer", "ثبت شد");
        maryam.says("/deposit ۵۰۰ هزار تومان", "در انتظار تأیید");
        SentMessage request = zahra.receives(m -> m.text().contains("Maryam") && m.hasInlineKeyboard());
        zahra.presses(request, "تأیید", m -> m.text().contains("تأیید کردید"));
        signedOff(group, facilitator, StepId.O7);
        assertThat(roadmaps.read(group, Instant.now()).roadmap().currentStage().number()).isEqualTo(3);
        assertThat(facilitator.says("/roadmap", "نقشه راه").text()).contains("آموزش‌های برگزارشده: ۰");

        SentMessage subjects = facilitator.says("/training", "کدام آموزش");
        SentMessage sheet = facilitator.presses(subjects, "حسابداری برای همه",
                m -> m.text().contains("حضور و غیاب") && m.hasInlineKeyboard());
        SentMessage marked = facilitator.presses(sheet, "Maryam", m -> m.text().contains("حاضر: ۱ از ۲"));
        facilitator.presses(marked, "ثبت حضور و غیاب", m -> m.text().contains("۱ نفر از ۲ نفر"));

        String map = facilitator.says("/roadmap", "نقشه راه").text();
        assertThat(map).contains("حضور در جلسه‌ها: ۵۰ درصد").contains("آموزش‌های برگزارشده: ۱")
                .contains("با آموزش‌های برگزارشده");
        assertThat(roadmaps.read(group, Instant.now()).roadmap().completionOf(StepId.C1))
                .containsInstanceOf(Completion.SettledByBooks.class);
        assertThat(roadmaps.read(group, Instant.now()).roadmap().isDone(StepId.C2)).isFalse();
    }

    private void signedOff(GroupDoc group, Person facilitator, StepId... steps) {
        Actor actor = Actor.of(new PersonId(facilitator.id()), Role.FACILITATOR);
        for (StepId step : steps) {
            Roadmaps.Result result = roadmaps.act(group, Instant.now(),
                    (roadmap, facts) -> roadmap.signOff(step, actor, "", Instant.now(), facts));
            assertThat(result.refusal()).as("sign-off of %s", step).isEmpty();
        }
    }
}
