package khodyar.bot.loan;

import khodyar.bot.group.GroupDoc;
import khodyar.domain.money.DisplayUnit;
import khodyar.domain.money.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** How "/loan amount months purpose" is read when the amount itself may be several words. */
class LoanCommandWordsTest {

    private static final GroupDoc A_TOMAN_GROUP = new GroupDoc("g", "Mehr", 3, Set.of(), Set.of(), Set.of(), "inv",
            DisplayUnit.TOMAN, 1, Instant.EPOCH);
    private static final Set<String> MONTH_WORDS = Set.of("ماه", "month", "months");

    private static Optional<LoanCommand.Request> read(String text) {
        return LoanCommand.read(text.split("\\s+"), A_TOMAN_GROUP, MONTH_WORDS);
    }

    @Test
    void anAmountInDigitsThenMonthsThenThePurpose() {
        assertThat(read("3000000 3 sewing machine"))
                .contains(new LoanCommand.Request(Money.ofToman(3_000_000), 3, "sewing machine"));
    }

    @Test
    void anAmountWithAScaleWordAndAMonthWordThatIsNotPartOfThePurpose() {
        assertThat(read("۵ میلیون ۶ ماه دو گوسفند"))
                .contains(new LoanCommand.Request(Money.ofToman(5_000_000), 6, "دو گوسفند"));
    }

    @Test
    void aNumberInThePurposeIsNotTakenForTheMonths() {
        assertThat(read("2000000 4 buy 2 sheep"))
                .contains(new LoanCommand.Request(Money.ofToman(2_000_000), 4, "buy 2 sheep"));
    }

    @Test
    void withoutMonthsThereIsNoRequest() {
        assertThat(read("3000000")).isEmpty();
        assertThat(read("sewing machine")).isEmpty();
    }
}
