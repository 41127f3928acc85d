package khodyar.bench;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Quick checks of the bench's own arithmetic and inputs (the bench itself runs from its jar). */
class BenchPartsTest {

    @Test
    void percentilesAreTakenFromTheRecordedLatencies() {
        Latencies latencies = new Latencies();
        for (int millis = 1; millis <= 100; millis++) {
            latencies.add(millis * 1_000_000L);
        }

        assertThat(latencies.percentileMillis(0.50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(0.99)).isEqualTo(99.0);
        assertThat(latencies.maxMillis()).isEqualTo(100.0);
    }

    @Test
    void randomTextCoversPersianControlEmojiAndFiveThousandCharacterInputs() {
        Random random = new Random(7);
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String text = RandomText.next(random);
            assertThat(text).isNotEmpty();
            assertThat(text.length()).isLessThanOrEqualTo(RandomText.LONGEST);
            if (Words.PERSIAN.matcher(text).find()) {
                kinds.add("persian");
            }
            if (text.chars().anyMatch(c -> c < 0x20)) {
                kinds.add("control");
            }
            if (text.codePoints().anyMatch(c -> c >= 0x1F600)) {
                kinds.add("emoji");
            }
            if (text.length() == RandomText.LONGEST) {
                kinds.add("long");
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder("persian", "control", "emoji", "long");
    }

    @Test
    void theBotsPersianWordsAreReadFromThePackagedLocales() {
        assertThat(Words.prefix("command.unknown")).isNotBlank();
        assertThat(Words.PERSIAN.matcher(Words.text("button.skip")).find()).isTrue();
    }
}
