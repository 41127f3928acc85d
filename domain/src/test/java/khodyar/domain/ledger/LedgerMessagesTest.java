package khodyar.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every word the ledger shows is in both locales and its pattern parses. */
class LedgerMessagesTest {

    static List<String> ledgerKeys() {
        List<String> keys = new ArrayList<>();
        Stream.of(TxCode.values()).map(TxCode::messageKey).forEach(keys::add);
        Stream.of(Rhythm.values()).map(Rhythm::messageKey).forEach(keys::add);
        Stream.of(RoundStanding.Status.values()).map(RoundStanding.Status::messageKey).forEach(keys::add);
        keys.addAll(List.of("ledger.refused.keyReused", "ledger.refused.noSuchTransaction",
                "ledger.refused.alreadyReversed", "ledger.refused.alreadyDecided", "ledger.refused.notTreasurer",
                "ledger.refused.notBoard", "ledger.refused.ownEntry", "ledger.refused.ownProposal",
                "ledger.refused.reasonMissing", "savings.refused.roundClosed", "savings.refused.closeOutOfOrder",
                "savings.refused.roundNotDue"));
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fa", "en"})
    void everyLedgerKeyIsInTheLocaleAndParses(String language) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(locales().resolve("messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        }

        for (String key : ledgerKeys()) {
            assertThat(messages.getProperty(key)).as(language + " " + key).isNotBlank();
            String formatted = new MessageFormat(messages.getProperty(key), new ULocale(language))
                    .format(new Object[] {12, 13});
            assertThat(formatted).as(language + " " + key).doesNotContain("{");
        }
    }

    private static Path locales() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.isDirectory(here.resolve("locales"))) {
            here = here.getParent();
        }
        assertThat(here).as("locales/ folder above " + Path.of("").toAbsolutePath()).isNotNull();
        return here.resolve("locales");
    }
}
