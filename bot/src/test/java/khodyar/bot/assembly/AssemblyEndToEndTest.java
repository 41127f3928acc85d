package khodyar.bot.assembly;

import khodyar.bot.e2e.EndToEndTest;
import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.bot.telegram.standin.SentMessage;
import khodyar.domain.assembly.MotionChoice;
import khodyar.domain.assembly.Proposal;
import khodyar.domain.assembly.RateTerms;
import khodyar.domain.assembly.Verdict;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.Role;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The general assembly over the Bot API stand-in, as the contract's rules say. */
@ExtendWith(OutputCaptureExtension.class)
class AssemblyEndToEndTest extends EndToEndTest {

    @Autowired
    AssemblyService assembly;
    @Autowired
    AssemblyDeadlines deadlines;
    @Autowired
    GroupRulesStore rules;
    @Autowired
    Groups groups;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aRateVotePassesWhenMoreThanHalfOfAllMembersVoteForItAndClosesEarly() {
        Person facilitator = aFacilitator("Nasrin");
        String invite = aGroup(facilitator, "گروه امید");
        Person maryam = aMemberOf(invite, "Maryam");
        Person zahra = aMemberOf(invite, "Zahra");
        Person fatemeh = aMemberOf(invite, "Fatemeh");

        SentMessage opened = facilitator.says("/propose rate ۱۸", "آغاز شد");
        assertThat(opened.text()).contains("۱۸").contains("۳");
        SentMessage ballot = maryam.receives(m -> m.text().contains("۱۸") && m.hasInlineKeyboard());
        assertThat(ballot.buttonTexts()).anyMatch(l -> l.contains("موافق")).anyMatch(l -> l.contains("مخالف"))
                .anyMatch(l -> l.contains("ممتنع"));
        assertThat(facilitator.receives(m -> m.text().contains("تسهیلگر رأی نمی‌دهد")).hasInlineKeyboard()).isFalse();
        GroupId group = new GroupId(groups.membershipsOf(maryam.id()).get(0).groupId());

        String forData = ballot.callbackDataOf("موافق");
        SentMessage voted = maryam.presses(ballot, "موافق", m -> m.text().contains("رأی شما: موافق"));
        assertThat(voted.buttonTexts()).anyMatch(l -> l.contains("تغییر رأی"));
        long again = telegram.pressButton(maryam.id(), ballot.messageId(), forData);
        maryam.says("/votes", "رأی شما: موافق");
        telegram.redeliver(again);
        maryam.says("/votes", "رأی شما: موافق");
        Person late = aMemberOf(invite, "Late");
        SentMessage lateView = late.says("/votes", "حق رأی ندارید");
        assertThat(lateView.hasInlineKeyboard()).isFalse();
        long forged = telegram.pressButton(late.id(), lateView.messageId(), forData);
        telegram.awaitReply(forged, m -> m.text().contains("حق رأی ندارید"), WAIT);
        assertThat(facilitator.says("/votes", "۱۸").hasInlineKeyboard()).isFalse();

        Proposal stillOpen = assembly.openProposals(group).get(0);
        assertThat(stillOpen.ballot().count(MotionChoice.FOR)).isEqualTo(1);
        assertThat(stillOpen.electorate().size()).isEqualTo(3);

        SentMessage zahraBallot = zahra.receives(m -> m.text().contains("۱۸") && m.hasInlineKeyboard());
        zahra.presses(zahraBallot, "موافق", m -> m.text().contains("رأی شما"));

        SentMessage outcome = fatemeh.receives(m -> m.text().contains("نتیجه") && m.text().contains("تصویب شد"));
        assertThat(outcome.text()).contains("موافق: ۲").contains("رأی‌نداده: ۱").contains("زودتر");
        facilitator.receives(m -> m.text().contains("تصویب شد") && m.text().contains("۱۸"));
        late.receives(m -> m.text().contains("تصویب شد"));
        assertThat(rules.interestRateDecided(group)).isTrue();
        assertThat(rules.rulesOf(group).interest()).contains(RateTerms.percentPerYear(new BigDecimal("18")));
        assertThat(assembly.proposalsOf(group).get(0).decision().orElseThrow().verdict()).isEqualTo(Verdict.PASSED);
        assertThat(fatemeh.says("/proposals", "تصمیم‌های مجمع").text()).contains("۱۸").contains("تصویب شد");
    }

    @Test
    void aMotionIsLostAsSoonAsItCanNoLongerPass() {
        Person facilitator = aFacilitator("Leila");
        String invite = aGroup(facilitator, "گروه نور");
        Person ali = aMemberOf(invite, "Ali");
        Person hassan = aMemberOf(invite, "Hassan");
        Person reza = aMemberOf(invite, "Reza");

        facilitator.says("/propose motion جلسه‌ها پنجشنبه‌ها باشد", "آغاز شد");
        for (Person member : List.of(ali, hassan)) {
            SentMessage ballot = member.receives(m -> m.text().contains("پنجشنبه") && m.hasInlineKeyboard());
            member.presses(ballot, "مخالف", m -> m.text().contains("رأی شما: مخالف"));
        }

        SentMessage outcome = reza.receives(m -> m.text().contains("تصویب نشد"));
        assertThat(outcome.text()).contains("مخالف: ۲").contains("پنجشنبه");
    }

    @Test
    void presses_at_once_twice_and_redelivered_count_one_vote_per_member() {
        Person facilitator = aFacilitator("Mina");
        String invite = aGroup(facilitator, "گروه باران");
        List<Person> members = List.of(aMemberOf(invite, "A1"), aMemberOf(invite, "A2"), aMemberOf(invite, "A3"),
                aMemberOf(invite, "A4"));
        facilitator.says("/propose motion صندوق دوم باز شود", "آغاز شد");
        List<SentMessage> ballots = members.stream()
                .map(m -> m.receives(b -> b.text().contains("صندوق دوم") && b.hasInlineKeyboard())).toList();

        String forData = ballots.get(0).callbackDataOf("موافق");
        List<CompletableFuture<Long>> presses = List.of(
                CompletableFuture.supplyAsync(() -> telegram.pressButton(members.get(0).id(), ballots.get(0).messageId(), forData)),
                CompletableFuture.supplyAsync(() -> telegram.pressButton(members.get(0).id(), ballots.get(0).messageId(), forData)),
                CompletableFuture.supplyAsync(() -> telegram.pressButton(members.get(1).id(), ballots.get(1).messageId(), forData)),
                CompletableFuture.supplyAsync(() -> telegram.pressButton(members.get(2).id(), ballots.get(2).messageId(),
                        ballots.get(2).callbackDataOf("مخالف"))));
        presses.forEach(p -> telegram.awaitReply(p.join(), m -> m.text().contains("رأی شما"), WAIT));
        telegram.redeliver(presses.get(2).join());
        members.get(1).says("/votes", "رأی شما: موافق");

        GroupId group = new GroupId(groups.membershipsOf(members.get(0).id()).get(0).groupId());
        Proposal proposal = assembly.openProposals(group).get(0);
        assertThat(proposal.ballot().count(MotionChoice.FOR)).isEqualTo(2);
        assertThat(proposal.ballot().count(MotionChoice.AGAINST)).isEqualTo(1);
        assertThat(proposal.isOpen()).isTrue();
    }

    @Test
    void theDeadlineClosesTheVoteAndOnlyThoseWhoHaveNotVotedAreRemindedOnce() {
        Person facilitator = aFacilitator("Parisa");
        String invite = aGroup(facilitator, "گروه مهر");
        Person voter = aMemberOf(invite, "Voter");
        Person silent = aMemberOf(invite, "Silent");
        aMemberOf(invite, "Other");
        facilitator.says("/propose motion خرید ترازو", "آغاز شد");
        SentMessage ballot = voter.receives(m -> m.text().contains("ترازو") && m.hasInlineKeyboard());
        voter.presses(ballot, "موافق", m -> m.text().contains("رأی شما"));
        GroupId group = new GroupId(groups.membershipsOf(voter.id()).get(0).groupId());
        Instant deadline = assembly.openProposals(group).get(0).deadline();

        deadlines.runAt(deadline.minus(Duration.ofHours(2)));
        deadlines.runAt(deadline.minus(Duration.ofHours(1)));
        silent.receives(m -> m.text().contains("یادآوری") && m.hasInlineKeyboard());
        assertThat(assembly.openProposals(group)).hasSize(1);

        deadlines.runAt(deadline.plus(Duration.ofMinutes(1)));
        SentMessage outcome = silent.receives(m -> m.text().contains("مهلت رأی‌گیری تمام شد"));
        assertThat(outcome.text()).contains("تصویب نشد").contains("موافق: ۱");
        assertThat(silent.inbox()).filteredOn(m -> m.text() != null && m.text().contains("یادآوری")).hasSize(1);
        assertThat(voter.inbox()).noneMatch(m -> m.text() != null && m.text().contains("یادآوری"));
        assertThat(assembly.openProposals(group)).isEmpty();
        voter.receives(m -> m.text().contains("بسته شده") && !m.hasInlineKeyboard() && m.messageId() == ballot.messageId());
    }

    @Test
    void aSecretElectionLeavesNoRecordOfWhoChoseWhom(CapturedOutput output) {
        Person facilitator = aFacilitator("Shirin");
        String invite = aGroup(facilitator, "گروه یاس");
        Person sara = aMemberOf(invite, "Sara");
        Person nahid = aMemberOf(invite, "Nahid");
        Person roya = aMemberOf(invite, "Roya");

        SentMessage picker = facilitator.says("/propose chair", "نامزدها");
        picker = facilitator.presses(picker, "Sara", m -> m.text().contains("نامزدها") && m.buttonTexts().contains("✅ Sara"));
        picker = facilitator.presses(picker, "Nahid", m -> m.buttonTexts().contains("✅ Nahid"));
        facilitator.presses(picker, "آغاز رأی‌گیری", m -> m.text().contains("آغاز شد"));

        SentMessage saraBallot = sara.receives(m -> m.text().contains("رأی‌گیری مخفی") && m.hasInlineKeyboard());
        SentMessage voted = sara.presses(saraBallot, "رأی به Nahid", m -> m.text().contains("رأی مخفی شما ثبت شد"));
        assertThat(voted.hasInlineKeyboard()).isFalse();
        SentMessage royaBallot = roya.receives(m -> m.text().contains("رأی‌گیری مخفی") && m.hasInlineKeyboard());
        roya.presses(royaBallot, "رأی به Nahid", m -> m.text().contains("رأی مخفی شما ثبت شد"));

        SentMessage outcome = nahid.receives(m -> m.text().contains("برگزیده: Nahid"));
        assertThat(outcome.text()).contains("Nahid: ۲ رأی").contains("Sara: ۰ رأی");
        String groupId = groups.membershipsOf(sara.id()).get(0).groupId();
        assertThat(groups.membership(groupId, nahid.id()).map(Membership::role)).contains(Role.CHAIR);

        String proposalId = saraBallot.callbackDataOf("رأی به Nahid").split(":")[1];
        String nahidCode = proposalId + ":c" + nahid.id();
        String saraCode = proposalId + ":c" + sara.id();
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                String json = document.toJson();
                if (json.contains(nahidCode) || json.contains(saraCode)) {
                    assertThat(json).as("a stored %s document names one candidate's button alone: %s", collection, json)
                            .contains(nahidCode).contains(saraCode);
                }
            }
        }
        assertThat(telegram.callbackAnswers()).filteredOn(a -> a.callbackData().startsWith("v:" + proposalId))
                .allMatch(a -> a.text() == null || (!a.text().contains("Nahid") && !a.text().contains("Sara")));
        assertThat(output.getAll()).doesNotContain(nahidCode).doesNotContain(saraCode);
        assertThat(sara.says("/votes", "رأی‌گیری").text()).doesNotContain("موافق: ");
    }
}
