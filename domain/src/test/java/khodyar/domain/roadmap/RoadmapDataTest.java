package khodyar.domain.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import khodyar.domain.group.Role;

class RoadmapDataTest {

    private final Roadmap roadmap = Roadmap.standard();

    @Test
    void everyStepIdIsListedOnceInItsStageInSourceOrder() {
        assertThat(roadmap.steps()).extracting(Step::id).containsExactly(StepId.values());
        assertThat(roadmap.stepsOf(Stage.FORMING)).hasSize(6);
        assertThat(roadmap.stepsOf(Stage.ORGANISING)).hasSize(7);
        assertThat(roadmap.stepsOf(Stage.CAPACITY_BUILDING)).hasSize(13);
        assertThat(roadmap.stepsOf(Stage.MATURITY)).hasSize(11);
        assertThat(StepId.parse(" c13 ")).contains(StepId.C13);
        assertThat(StepId.parse("C14")).isEmpty();
    }

    @Test
    void theBooksDecideExactlyTheMoneyStepsTheContractNames() {
        List<StepId> byBooks = roadmap.steps().stream().filter(Step::decidedByBooks).map(Step::id).toList();

        assertThat(byBooks).containsExactly(StepId.C3, StepId.C5, StepId.C9, StepId.M1, StepId.M7, StepId.M9);
        assertThat(byBooks).allSatisfy(id -> assertThat(RoadmapBooks.ruleFor(id)).isPresent());
    }

    @Test
    void assemblyDecisionsAreRecordedByTheFacilitator() {
        List<StepId> assembly = roadmap.steps().stream()
                .filter(step -> step.owners().contains(StepOwner.ASSEMBLY)).map(Step::id).toList();

        assertThat(assembly).containsExactly(StepId.O1, StepId.O2, StepId.O3, StepId.O4, StepId.C4, StepId.M2,
                StepId.M10);
        assertThat(roadmap.step(StepId.O2).ownerFor(java.util.Set.of(Role.FACILITATOR))).contains(StepOwner.ASSEMBLY);
        assertThat(roadmap.step(StepId.O2).ownerFor(java.util.Set.of(Role.CHAIR))).isEmpty();
    }

    @Test
    void stepsOutsideTheFacilitatorsHandsBelongToTheirOwners() {
        assertThat(roadmap.step(StepId.C6).owners()).containsExactly(StepOwner.LOCAL_IMPLEMENTER);
        assertThat(roadmap.step(StepId.C11).owners()).containsExactly(StepOwner.LOCAL_IMPLEMENTER);
        assertThat(roadmap.step(StepId.C12).owners()).containsExactly(StepOwner.PARENT_EXPERT);
        assertThat(roadmap.step(StepId.C13).owners()).containsExactly(StepOwner.PARENT_EXPERT, StepOwner.LOCAL_IMPLEMENTER);
        assertThat(roadmap.step(StepId.O7).owners()).containsExactly(StepOwner.TREASURER, StepOwner.FACILITATOR);
    }

    @Test
    void theGatesStandBeforeTheStepsTheIssueNames() {
        assertThat(RoadmapGates.allCurrentGates()).extracting(RoadmapGates.Gate::step)
                .containsExactly(StepId.O7, StepId.C5, StepId.C6, StepId.C13, StepId.M8);
    }

    @Test
    void meetingsAndTrainingsRecordAttendanceAndTheBooksOnlyADate() {
        assertThat(roadmap.step(StepId.C1).evidence()).contains(Evidence.ATTENDANCE, Evidence.NOTE);
        assertThat(roadmap.step(StepId.O7).evidence()).contains(Evidence.ATTACHMENT).doesNotContain(Evidence.ATTENDANCE);
        assertThat(roadmap.step(StepId.M7).evidence()).containsExactly(Evidence.DATE);
    }

    @Test
    void stage1CarriesTheSubActivitiesTheSourceListsUnderIt() {
        assertThat(roadmap.step(StepId.F1).activityKeys())
                .containsExactly("roadmap.step.F1.activity.1", "roadmap.step.F1.activity.2");
        assertThat(roadmap.step(StepId.F4).activityKeys()).hasSize(3);
        assertThat(roadmap.step(StepId.C7).remarkKey()).contains("roadmap.step.C7.remark");
    }
}
