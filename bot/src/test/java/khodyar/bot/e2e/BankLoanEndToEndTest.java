package khodyar.bot.e2e;

import khodyar.bot.group.Groups;
import khodyar.bot.ledger.LedgerFacts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A bank loan received and repaid is in the books, so the roadmap's M1 and M7 can follow from them. */
class BankLoanEndToEndTest extends EndToEndTest {

    @Autowired
    LedgerFacts ledger;
    @Autowired
    Groups groups;

    @Test
    void theTreasurerRecordsABankLoanAndItsRepayment() {
        Person facilitator = aFacilitator("Roya");
        String invite = aGroup(facilitator, "گروه بهار");
        Person treasurer = aMemberOf(invite, "Fatemeh");
        Person member = aMemberOf(invite, "Akram");
        facilitator.says("/setrole 1 treasurer", "ثبت شد");
        String groupId = groups.membershipsOf(member.id()).get(0).groupId();

        assertThat(member.says("/bankloan 50 میلیون", "فقط").text()).contains("خزانه‌دار");
        assertThat(treasurer.says("/bankrepay 1000", "ندارد").text()).contains("وام بانکی");
        assertThat(treasurer.says("/bankloan", "مثلاً").text()).contains("/bankloan");
        assertThat(treasurer.says("/bankloan ۵۰ میلیون تومان", "ثبت شد").text()).contains("۵۰٬۰۰۰٬۰۰۰");
        assertThat(treasurer.says("/bankrepay ۶۰ میلیون تومان", "بیشتر").text()).contains("۵۰٬۰۰۰٬۰۰۰");
        treasurer.says("/bankrepay ۵۰ میلیون تومان", "ثبت شد");
        assertThat(treasurer.says("/grant ۱۰ میلیون تومان خیریه", "کمک سرمایه").text()).contains("۱۰٬۰۰۰٬۰۰۰");

        LedgerFacts.Facts facts = ledger.factsOf(groupId);
        assertThat(facts.bankLoansReceived()).isEqualTo(1);
        assertThat(facts.bankLoansRepaid()).isEqualTo(1);
    }
}
