package khodyar.domain.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.ibm.icu.text.MessageFormat;

import khodyar.domain.group.Role;

class RoadmapTextsTest {

    /** The authority, beside the repository; the committed copy stands in when it is missing. */
    private static final Path SHARED_SOURCE = Path.of("..", "..", "shared", "roadmap", "roadmap-fa.txt");
    private static final String SOURCE_COPY = "/roadmap/roadmap-fa.txt";
    private static final Roadmap ROADMAP = Roadmap.standard();

    @Test
    void committedCopyOfTheSourceIsByteIdenticalToTheSharedRoadmap() throws IOException {
        Assumptions.assumeTrue(Files.exists(SHARED_SOURCE), "shared roadmap not present beside the repository");

        assertThat(copyBytes()).isEqualTo(Files.readAllBytes(SHARED_SOURCE));
    }

    @Test
    void everyPersianTitleOfTheRoadmapIsTheSourceTextWordForWord() throws IOException {
        String source = normalise(sourceText());

        List<String> notInSource = new ArrayList<>();
        for (String key : keysTakenFromTheSource()) {
            String persian = Bundles.PERSIAN.getProperty(key);
            if (persian == null || !source.contains(normalise(persian))) {
                notInSource.add(key + "=" + persian);
            }
        }

        assertThat(keysTakenFromTheSource()).hasSizeGreaterThan(StepId.values().length);
        assertThat(notInSource).isEmpty();
    }

    @Test
    void aTitleThatDiffersFromTheSourceIsCaught() throws IOException {
        String source = normalise(sourceText());

        assertThat(source).contains(normalise("آگاهی\u200cرسانی و تشکیل هسته اولیه از اشخاص علاقمند"));
        assertThat(source).doesNotContain(normalise("آگاهی\u200cرسانی و تشکیل هسته نهایی از اشخاص علاقمند"));
    }

    @Test
    void everyKeyTheRoadmapNamesIsInBothLanguages() {
        Set<String> named = new TreeSet<>(keysTakenFromTheSource());
        for (StepOwner owner : StepOwner.values()) {
            named.add(owner.messageKey());
        }
        for (Evidence evidence : Evidence.values()) {
            named.add(evidence.messageKey());
        }
        for (StepStatus.State state : StepStatus.State.values()) {
            named.add(state.messageKey());
        }
        for (Role role : Role.values()) {
            named.add(role.messageKey());
        }

        assertThat(named).allSatisfy(key -> {
            assertThat(Bundles.PERSIAN.getProperty(key)).as("fa " + key).isNotBlank();
            assertThat(Bundles.ENGLISH.getProperty(key)).as("en " + key).isNotBlank();
        });
    }

    @Test
    void theBundlesHoldNoRoadmapStepTextTheRoadmapDoesNotName() {
        Set<String> stepKeysInBundle = Bundles.PERSIAN.stringPropertyNames().stream()
                .filter(key -> key.equals("roadmap.title") || key.startsWith("roadmap.step.")
                        || key.startsWith("roadmap.note.") || key.startsWith("roadmap.stage."))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(stepKeysInBundle).isEqualTo(new TreeSet<>(keysTakenFromTheSource()));
    }

    @Test
    void everyRoadmapPatternParsesAsAnIcuMessageInBothLanguages() {
        for (Properties bundle : List.of(Bundles.PERSIAN, Bundles.ENGLISH)) {
            bundle.stringPropertyNames().stream()
                    .filter(key -> key.startsWith("roadmap.") || key.startsWith("assessment."))
                    .forEach(key -> assertThatCode(() -> new MessageFormat(bundle.getProperty(key), Bundles.FA))
                            .as(key).doesNotThrowAnyException());
        }
    }

    @Test
    void persianStepTextsUseNoArabicLettersThatPersianWritesDifferently() {
        assertThat(keysTakenFromTheSource()).allSatisfy(key ->
                assertThat(Bundles.PERSIAN.getProperty(key)).as(key).doesNotContain("\u064a", "\u0643"));
    }

    /** Stage, step, sub-activity, remark and note texts: the keys whose Persian is the source's words. */
    private static List<String> keysTakenFromTheSource() {
        List<String> keys = new ArrayList<>();
        keys.add(ROADMAP.titleKey());
        for (Stage stage : Stage.values()) {
            keys.add(stage.titleKey());
        }
        keys.addAll(ROADMAP.groundworkKeys());
        for (Step step : ROADMAP.steps()) {
            keys.add(step.titleKey());
            keys.addAll(step.activityKeys());
            step.remarkKey().ifPresent(keys::add);
        }
        for (Note note : Note.values()) {
            keys.add(note.titleKey());
            keys.add(note.textKey());
        }
        return keys;
    }

    /** Spacing only: a half-space counts as a space, and runs of white space as one. */
    private static String normalise(String text) {
        return text.replace('\u200c', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String sourceText() throws IOException {
        byte[] bytes = Files.exists(SHARED_SOURCE) ? Files.readAllBytes(SHARED_SOURCE) : copyBytes();
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] copyBytes() throws IOException {
        try (InputStream in = RoadmapTextsTest.class.getResourceAsStream(SOURCE_COPY)) {
            assertThat(in).as("committed copy " + SOURCE_COPY).isNotNull();
            return in.readAllBytes();
        }
    }
}
