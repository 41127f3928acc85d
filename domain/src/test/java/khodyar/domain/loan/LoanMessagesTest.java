package khodyar.domain.loan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import khodyar.domain.common.Refusal;
import khodyar.domain.money.Money;

/** Every word of the loan feature a user may see is in both locales and formats with ICU. */
class LoanMessagesTest {

    private static final Path LOCALES = Path.of("..", "locales");

    /** Refusals as the domain produces them, with arguments of the types it passes. */
    private static final List<Refusal> REFUSALS = List.of(
            Refusal.of("loan.refused.stage", 3, 2),
            Refusal.of("loan.refused.rateNotDecided"),
            Refusal.of("loan.refused.amountNotPositive"),
            Refusal.of("loan.refused.term", 12),
            Refusal.of("loan.refused.overMultiple", "6,000,000", 3),
            Refusal.of("loan.refused.overFund", "1,500,000"),
            Refusal.of("loan.refused.openLoan"),
            Refusal.of("loan.refused.arrears"),
            Refusal.of("loan.refused.overpay", "3,150,000"));

    private static List<String> keysUsersSee() {
        List<String> keys = new ArrayList<>();
        Arrays.stream(LoanStatus.values()).map(LoanStatus::messageKey).forEach(keys::add);
        Arrays.stream(InterestMethod.values()).map(InterestMethod::messageKey).forEach(keys::add);
        Arrays.stream(InstalmentRhythm.values()).map(InstalmentRhythm::messageKey).forEach(keys::add);
        Stream.of(ServiceFee.NONE, ServiceFee.fixed(Money.ZERO), ServiceFee.percentOfPrincipal(BigDecimal.ONE))
                .map(ServiceFee::messageKey).forEach(keys::add);
        REFUSALS.stream().map(Refusal::reasonKey).forEach(keys::add);
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fa", "en"})
    void everyLoanKeyIsInTheLocaleAndFormatsWithItsArguments(String language) throws IOException {
        Properties messages = load(language);
        ULocale locale = new ULocale(language);

        for (String key : keysUsersSee()) {
            assertThat(messages.getProperty(key)).as(language + " " + key).isNotBlank();
            new MessageFormat(messages.getProperty(key), locale);
        }
        for (Refusal refusal : REFUSALS) {
            String text = new MessageFormat(messages.getProperty(refusal.reasonKey()), locale)
                    .format(refusal.args().toArray());
            assertThat(text).as(refusal.reasonKey()).doesNotContain("{");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fa", "en"})
    void refusalsWithAnAmountSayTheAmount(String language) throws IOException {
        Properties messages = load(language);

        String text = new MessageFormat(messages.getProperty("loan.refused.overpay"), new ULocale(language))
                .format(new Object[] {"3,150,000"});

        assertThat(text).contains("3,150,000");
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(LOCALES.resolve("messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
