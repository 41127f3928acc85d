package khodyar.domain.meeting;

import static khodyar.domain.meeting.MeetingFixtures.aMeetingOn;
import static khodyar.domain.meeting.MeetingFixtures.aTraining;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import khodyar.domain.roadmap.StepId;

class TrainingRecordTest {

    private static final LocalDateTime DAY = LocalDateTime.of(2025, 12, 4, 17, 0);

    @Test
    void accountingTrainingsFulfilC1AndC2() {
        TrainingRecord record = TrainingRecord.of(List.of(
                aTraining("t1", TrainingSubject.ACCOUNTING_FOR_ALL, DAY),
                aTraining("t2", TrainingSubject.ACCOUNTING_FOR_TREASURER, DAY.plusDays(7))));

        assertThat(record.stepsFulfilled()).containsExactlyInAnyOrder(StepId.C1, StepId.C2);
    }

    @Test
    void oneBusinessDevelopmentSessionIsC10AndTwoMoreAreM5() {
        TrainingRecord one = TrainingRecord.of(List.of(aTraining("t1", TrainingSubject.BUSINESS_DEVELOPMENT, DAY)));
        TrainingRecord three = TrainingRecord.of(List.of(
                aTraining("t1", TrainingSubject.BUSINESS_DEVELOPMENT, DAY),
                aTraining("t2", TrainingSubject.BUSINESS_DEVELOPMENT, DAY.plusDays(30)),
                aTraining("t3", TrainingSubject.BUSINESS_DEVELOPMENT, DAY.plusDays(60)),
                aTraining("t4", TrainingSubject.BUSINESS_PLAN, DAY.plusDays(90))));

        assertThat(one.stepsFulfilled()).containsExactly(StepId.C10);
        assertThat(three.stepsFulfilled()).containsExactlyInAnyOrder(StepId.C10, StepId.M5, StepId.M6);
        assertThat(three.sessions(TrainingSubject.BUSINESS_DEVELOPMENT)).isEqualTo(3);
    }

    @Test
    void generalAndNeedsAssessmentTrainingsAreCountedButSignNoStep() {
        TrainingRecord record = TrainingRecord.of(List.of(
                aTraining("t1", TrainingSubject.TEAMWORK, DAY),
                aTraining("t2", TrainingSubject.MARKETING, DAY),
                aTraining("t3", TrainingSubject.MARKETING, DAY.plusDays(7)),
                aMeetingOn("m1", DAY.plusDays(1))));

        assertThat(record.stepsFulfilled()).isEmpty();
        assertThat(record.sessionsBySubject()).containsEntry(TrainingSubject.MARKETING, 2)
                .containsEntry(TrainingSubject.TEAMWORK, 1).hasSize(2);
        assertThat(TrainingSubject.TEAMWORK.step()).contains(StepId.O7);
        assertThat(TrainingSubject.MARKETING.roadmapNote()).contains("N3");
    }

    @Test
    void subjectsAreTypedByTheirCode() {
        assertThat(TrainingSubject.parse(" Accounting-for-all ")).contains(TrainingSubject.ACCOUNTING_FOR_ALL);
        assertThat(TrainingSubject.parse("cooking")).isEmpty();
    }
}
