package khodyar.domain.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import khodyar.domain.group.PersonId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every key the assembly names is in both bundles, and every pattern parses as ICU MessageFormat. */
class AssemblyMessageKeysTest {

    private static List<String> assemblyKeys() {
        List<String> keys = new ArrayList<>(AssemblyReasons.ALL);
        Stream.of(ProposalKind.values()).map(ProposalKind::messageKey).forEach(keys::add);
        Stream.of(MotionChoice.values()).map(MotionChoice::labelKey).forEach(keys::add);
        keys.add(Choice.candidate(new PersonId(1)).labelKey());
        Stream.of(Secrecy.values()).map(Secrecy::messageKey).forEach(keys::add);
        Stream.of(Majority.values()).map(Majority::messageKey).forEach(keys::add);
        Stream.of(SavingsRhythm.values()).map(SavingsRhythm::messageKey).forEach(keys::add);
        Stream.of(Verdict.values()).map(Verdict::messageKey).forEach(keys::add);
        Stream.of(ClosingReason.values()).map(ClosingReason::messageKey).forEach(keys::add);
        keys.add("assembly.tally");
        return keys;
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("..", "locales", "messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fa", "en"})
    void everyAssemblyKeyIsInTheBundleAndParses(String language) throws IOException {
        Properties bundle = bundle(language);

        for (String key : assemblyKeys()) {
            assertThat(bundle.getProperty(key)).as(language + " " + key).isNotBlank();
            assertThatCode(() -> new MessageFormat(bundle.getProperty(key))).as(key).doesNotThrowAnyException();
        }
    }

    @Test
    void bothBundlesHaveTheSameAssemblyKeys() throws IOException {
        assertThat(assemblyKeysIn(bundle("fa"))).containsExactlyInAnyOrderElementsOf(assemblyKeysIn(bundle("en")));
    }

    @Test
    void votingButtonsCarryTheWordsTheContractPromises() throws IOException {
        Properties persian = bundle("fa");

        assertThat(persian.getProperty(MotionChoice.FOR.labelKey())).contains("موافق");
        assertThat(persian.getProperty(MotionChoice.AGAINST.labelKey())).contains("مخالف");
        assertThat(persian.getProperty(MotionChoice.ABSTAIN.labelKey())).contains("ممتنع");
    }

    @Test
    void aRefusalPatternFormatsWithItsArguments() throws IOException {
        String pattern = bundle("en").getProperty(AssemblyReasons.TOO_FEW_CANDIDATES);

        assertThat(new MessageFormat(pattern).format(new Object[] {2})).isEqualTo("2 seats need at least 2 candidates.");
    }

    private static List<String> assemblyKeysIn(Properties bundle) {
        return bundle.stringPropertyNames().stream().filter(key -> key.startsWith("assembly.")).sorted().toList();
    }
}
