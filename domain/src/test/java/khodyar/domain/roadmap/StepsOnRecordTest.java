package khodyar.domain.roadmap;

import static khodyar.domain.roadmap.RoadmapFixtures.aGroupInStage2;
import static khodyar.domain.roadmap.RoadmapFixtures.aNewGroup;
import static khodyar.domain.roadmap.RoadmapFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Steps a record outside the ledger settles: the assembly's passed votes and the trainings held. */
class StepsOnRecordTest {

    @Test
    void aPassedConstitutionVoteCompletesO2WithoutASignOff() {
        BookFacts facts = BookFacts.NOTHING_YET.withStepsOnRecord(Set.of(StepId.O2));

        RoadmapChange change = aGroupInStage2().applyBooks(facts, day(3));

        assertThat(change.roadmap().isDone(StepId.O2)).isTrue();
        assertThat(change.roadmap().completionOf(StepId.O2)).containsInstanceOf(Completion.SettledByBooks.class);
        assertThat(change.events()).contains(new RoadmapEvent.StepCompletedByBooks(StepId.O2, day(3)));
    }

    @Test
    void aDecisionTakenBeforeItsStageWaitsForTheStage() {
        BookFacts facts = BookFacts.NOTHING_YET.withStepsOnRecord(Set.of(StepId.O3));

        GroupRoadmap stillForming = aNewGroup().applyBooks(facts, day(1)).roadmap();
        assertThat(stillForming.isDone(StepId.O3)).isFalse();

        GroupRoadmap organising = aGroupInStage2().applyBooks(facts, day(5)).roadmap();
        assertThat(organising.isDone(StepId.O3)).isTrue();
    }

    @Test
    void aStepOnRecordMayStillBeSignedOffByHandBeforeTheRecordExists() {
        GroupRoadmap organising = aGroupInStage2();

        assertThat(organising.refusalToSignOff(StepId.O2, RoadmapFixtures.FACILITATOR, BookFacts.NOTHING_YET))
                .isEmpty();
    }

    @Test
    void stepsNotOnRecordStayOpen() {
        GroupRoadmap organising = aGroupInStage2().applyBooks(BookFacts.NOTHING_YET, day(2)).roadmap();

        assertThat(RoadmapBooks.SETTLED_BY_RECORD).allSatisfy(step -> assertThat(organising.isDone(step)).isFalse());
    }
}
