package khodyar.bot.loan;

import khodyar.bot.assembly.GroupRulesStore;
import khodyar.bot.e2e.EndToEndTest;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.loan.internal.LoanDoc;
import khodyar.bot.telegram.standin.SentMessage;
import khodyar.domain.assembly.AssemblyEffect;
import khodyar.domain.assembly.ProposalId;
import khodyar.domain.assembly.RateTerms;
import khodyar.domain.group.GroupId;
import khodyar.domain.loan.LoanStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An overdue loan written off by the assembly's vote, proposed by the treasurer. */
class WriteOffEndToEndTest extends EndToEndTest {

    @Autowired
    Groups groups;
    @Autowired
    GroupRulesStore rules;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    LoanFollowUp followUp;

    @Test
    void aPassedWriteOffVoteWritesOffTheOverdueLoan() {
        Person facilitator = aFacilitator("Nasrin");
        String invite = aGroup(facilitator, "گروه سپیده");
        Person maryam = aMemberOf(invite, "Maryam");
        Person zahra = aMemberOf(invite, "Zahra");
        Person fatemeh = aMemberOf(invite, "Fatemeh");
        facilitator.says("/setrole 2 treasurer", "ثبت شد");
        String groupId = groups.membershipsOf(maryam.id()).get(0).groupId();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(groupId)), Update.update("stage", 3), GroupDoc.class);
        rules.apply(new GroupId(groupId), new ProposalId("rate-" + groupId),
                List.of(new AssemblyEffect.RateDecided(RateTerms.percentPerYear(new BigDecimal("12")))));
        saves(zahra, maryam, "1000000");
        saves(zahra, fatemeh, "2000000");
        LoanDoc loan = aPaidOutLoan(maryam, zahra, fatemeh, groupId);

        assertThat(zahra.says("/propose writeoff 1", "ندارد").text()).contains("Maryam");
        assertThat(zahra.says("/propose writeoff 9", "/members").text()).contains("writeoff");

        LocalDate firstDue = LocalDate.parse(loan.instalments().get(0).dueDate());
        followUp.runAt(firstDue.plusDays(40).atTime(9, 0).atZone(ZoneId.of("Asia/Tehran")).toInstant());
        assertThat(mongo.findById(loan.id(), LoanDoc.class).status()).isEqualTo(LoanStatus.OVERDUE);

        zahra.says("/propose writeoff 1", "آغاز شد");
        for (Person voter : List.of(zahra, fatemeh)) {
            SentMessage ballot = voter.receives(m -> m.text().contains("سوخت شود") && m.hasInlineKeyboard());
            assertThat(ballot.text()).contains("Maryam").contains("۳٬۰۰۰٬۰۰۰");
            voter.presses(ballot, "موافق", m -> m.text().contains("رأی شما: موافق"));
        }
        maryam.receives(m -> m.text().contains("تصویب شد") && m.text().contains("سوخت شود"));

        assertThat(mongo.findById(loan.id(), LoanDoc.class).status()).isEqualTo(LoanStatus.WRITTEN_OFF);
    }

    private void saves(Person treasurer, Person member, String amount) {
        member.says("/deposit " + amount, "انتظار");
        SentMessage ask = treasurer.receives(m -> m.hasInlineKeyboard() && m.text().contains(member.name())
                && m.callbackData().stream().anyMatch(d -> d.startsWith("lgc:")));
        treasurer.presses(ask, "تأیید", m -> true);
    }

    private LoanDoc aPaidOutLoan(Person maryam, Person zahra, Person fatemeh, String groupId) {
        SentMessage preview = maryam.says("/loan 3000000 3 چرخ خیاطی", "جدول اقساط");
        maryam.presses(preview, "تأیید", m -> m.text().contains("مجمع"));
        for (Person voter : List.of(zahra, fatemeh)) {
            SentMessage ballot = voter.receives(m -> m.hasInlineKeyboard() && m.text().contains("چرخ خیاطی"));
            voter.presses(ballot, "موافق", m -> true);
        }
        SentMessage payout = zahra.receives(m -> m.text().contains("تصویب کرد") && m.hasInlineKeyboard());
        zahra.presses(payout, "تأیید", m -> m.text().contains("ثبت شد"));
        maryam.receives(m -> m.text().contains("پرداخت شد"));
        return mongo.find(Query.query(Criteria.where("groupId").is(groupId)), LoanDoc.class).get(0);
    }
}
