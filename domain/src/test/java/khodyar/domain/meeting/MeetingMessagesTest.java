package khodyar.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import khodyar.domain.common.Refusal;

/** Every word of the meetings domain a user may see is in both locales and formats with its arguments. */
class MeetingMessagesTest {

    private static final Path LOCALES = Path.of("..", "locales");
    private static final List<Refusal> REFUSALS = List.of(
            Refusal.of("meeting.refused.past"),
            Refusal.of("meeting.refused.tooFar"),
            Refusal.of("meeting.refused.placeTooLong", Meeting.LONGEST_PLACE),
            Refusal.of("meeting.refused.notStarted"));

    @ParameterizedTest
    @ValueSource(strings = {"fa", "en"})
    void everyMeetingKeyIsInTheLocaleAndFormats(String language) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(LOCALES.resolve("messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        List<String> keys = new ArrayList<>();
        Arrays.stream(MeetingKind.values()).map(MeetingKind::messageKey).forEach(keys::add);
        Arrays.stream(MeetingStatus.values()).map(MeetingStatus::messageKey).forEach(keys::add);
        Arrays.stream(MeetingRhythm.Cadence.values()).map(MeetingRhythm.Cadence::messageKey).forEach(keys::add);
        Arrays.stream(TrainingSubject.values()).map(TrainingSubject::messageKey).forEach(keys::add);
        for (String key : keys) {
            assertThat(messages.getProperty(key)).as(language + " " + key).isNotBlank();
        }
        for (Refusal refusal : REFUSALS) {
            String text = new MessageFormat(messages.getProperty(refusal.reasonKey()), new ULocale(language))
                    .format(refusal.args().toArray());
            assertThat(text).as(refusal.reasonKey()).isNotBlank().doesNotContain("{");
        }
    }
}
