package khodyar.bot.e2e;

import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thousand random strings (32 people, 16 at each of two questions; the bench types 3,000) typed at the profile questions (phone, aid): every one is answered with
 * a short Persian message, nothing is stored, and the bot logs no error.
 */
@ExtendWith(OutputCaptureExtension.class)
class FuzzedPromptsEndToEndTest extends EndToEndTest {

    private static final Pattern PERSIAN = Pattern.compile("[\\u0600-\\u06FF]");
    private static final int PEOPLE = 32;
    private static final int STRINGS_PER_PROMPT = 16;
    private static final int[][] RANGES = {
            {0x0621, 0x064A}, {0x067E, 0x06CC}, {0x06F0, 0x06F9}, {0x0660, 0x0669},
            {'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {0x1F600, 0x1F64F}, {0x0000, 0x001F}, {0x200B, 0x200F}, {' ', ' '},
    };

    @Autowired
    Groups groups;

    @Test
    void randomStringsAtTheProfileQuestionsGetShortPersianAnswersAndChangeNothing(CapturedOutput log) throws Exception {
        Person facilitator = aFacilitator("Roya");
        String invite = aGroup(facilitator, "گروه آزمون");
        Random random = new Random(1_404);
        List<List<String>> typed = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
            List<String> strings = new ArrayList<>();
            for (int i = 0; i < 2 * STRINGS_PER_PROMPT; i++) {
                strings.add(randomText(random));
            }
            typed.add(strings);
        }
        List<String> badAnswers = Collections.synchronizedList(new ArrayList<>());
        List<Person> people = new ArrayList<>();
        ExecutorService typists = Executors.newFixedThreadPool(PEOPLE);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (List<String> strings : typed) {
                Person person = aPerson("Typist");
                people.add(person);
                done.add(typists.submit(() -> {
                    person.joins(invite);
                    for (int i = 0; i < strings.size(); i++) {
                        if (i == STRINGS_PER_PROMPT) {
                            person.says("رد شدن از این سؤال", "مددخواه");
                        }
                        String answer = person.says(strings.get(i), m -> true).text();
                        if (answer.length() >= 300 || !PERSIAN.matcher(answer).find()) {
                            badAnswers.add(answer);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> typist : done) {
                typist.get();
            }
        } finally {
            typists.shutdownNow();
        }

        assertThat(badAnswers).isEmpty();
        for (Person person : people) {
            Membership stored = groups.membershipsOf(person.id()).get(0);
            assertThat(stored.phone()).isNull();
            assertThat(stored.aidRecipient()).isNull();
        }
        assertThat(log.getAll()).doesNotContain(" ERROR ").doesNotContain("Exception");
    }

    /** Persian, Arabic, Latin, digits, emoji, control and direction characters; one in twenty 5,000 long. */
    private static String randomText(Random random) {
        int length = random.nextInt(20) == 0 ? 5_000 : 1 + random.nextInt(40);
        StringBuilder text = new StringBuilder();
        int[] range = RANGES[random.nextInt(RANGES.length)];
        while (text.length() < length) {
            if (random.nextInt(6) == 0) {
                range = RANGES[random.nextInt(RANGES.length)];
            }
            text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
        }
        return text.toString();
    }
}
