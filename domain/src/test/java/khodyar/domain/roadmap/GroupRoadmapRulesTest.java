package khodyar.domain.roadmap;

import static khodyar.domain.roadmap.RoadmapFixtures.FACILITATOR;
import static khodyar.domain.roadmap.RoadmapFixtures.LOCAL_IMPLEMENTER;
import static khodyar.domain.roadmap.RoadmapFixtures.MEMBER;
import static khodyar.domain.roadmap.RoadmapFixtures.PARENT_EXPERT;
import static khodyar.domain.roadmap.RoadmapFixtures.TREASURER;
import static khodyar.domain.roadmap.RoadmapFixtures.aGroupInStage2;
import static khodyar.domain.roadmap.RoadmapFixtures.aGroupInStage3;
import static khodyar.domain.roadmap.RoadmapFixtures.aNewGroup;
import static khodyar.domain.roadmap.RoadmapFixtures.day;
import static khodyar.domain.roadmap.RoadmapFixtures.firstDepositConfirmed;
import static khodyar.domain.roadmap.RoadmapFixtures.refusalOf;
import static khodyar.domain.roadmap.RoadmapFixtures.signedOff;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import khodyar.domain.common.Refusal;
import khodyar.domain.roadmap.RoadmapEvent.StageAdvanced;
import khodyar.domain.roadmap.RoadmapEvent.StageReopened;
import khodyar.domain.roadmap.RoadmapEvent.StepCompletedByBooks;
import khodyar.domain.roadmap.RoadmapEvent.StepReopened;
import khodyar.domain.roadmap.StepStatus.State;

class GroupRoadmapRulesTest {

    @Test
    void facilitatorReopensADoneStepWithAReasonAndItMustBeSignedOffAgain() {
        GroupRoadmap group = aGroupInStage2();

        RoadmapChange change = group.reopenStep(StepId.F4, FACILITATOR, "assessments were incomplete", day(9))
                .orElseThrow();

        assertThat(change.events()).containsExactly(
                new StepReopened(StepId.F4, FACILITATOR.person(), "assessments were incomplete", day(9)));
        assertThat(change.roadmap().isDone(StepId.F4)).isFalse();
        assertThat(change.roadmap().currentStage()).isEqualTo(Stage.ORGANISING);
        assertThat(change.roadmap().nextSteps(1, BookFacts.NOTHING_YET))
                .extracting(status -> status.step().id(), StepStatus::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(StepId.F4, State.OPEN));
    }

    @Test
    void aReopenedEarlierStepHoldsBackTheNextStageUntilItIsDoneAgain() {
        GroupRoadmap group = aGroupInStage2().reopenStep(StepId.F4, FACILITATOR, "redo", day(9)).orElseThrow().roadmap();

        GroupRoadmap allOfStage2 = signedOff(group, FACILITATOR, firstDepositConfirmed(),
                StepId.O1, StepId.O2, StepId.O3, StepId.O4, StepId.O5, StepId.O6, StepId.O7);
        RoadmapChange f4Again = allOfStage2.signOff(StepId.F4, FACILITATOR, "", day(12), firstDepositConfirmed())
                .orElseThrow();

        assertThat(allOfStage2.currentStage()).isEqualTo(Stage.ORGANISING);
        assertThat(f4Again.events()).contains(new StageAdvanced(Stage.ORGANISING, Stage.CAPACITY_BUILDING, day(12)));
    }

    @Test
    void onlyTheFacilitatorReopensAndAlwaysWithAReason() {
        GroupRoadmap group = aGroupInStage2();

        Refusal byTreasurer = refusalOf(group.reopenStep(StepId.F1, TREASURER, "mistake", day(9)));
        Refusal withoutReason = refusalOf(group.reopenStage(Stage.FORMING, FACILITATOR, "  ", day(9)));
        Refusal notDone = refusalOf(group.reopenStep(StepId.O1, FACILITATOR, "mistake", day(9)));
        Refusal notReached = refusalOf(group.reopenStage(Stage.MATURITY, FACILITATOR, "mistake", day(9)));
        Refusal nothingYet = refusalOf(group.reopenStage(Stage.ORGANISING, FACILITATOR, "mistake", day(9)));

        assertThat(byTreasurer.reasonKey()).isEqualTo("roadmap.refused.notFacilitator");
        assertThat(withoutReason.reasonKey()).isEqualTo("roadmap.refused.reasonRequired");
        assertThat(notDone.reasonKey()).isEqualTo("roadmap.refused.notDone");
        assertThat(notReached.reasonKey()).isEqualTo("roadmap.refused.stageNotReached");
        assertThat(nothingYet.reasonKey()).isEqualTo("roadmap.refused.nothingToReopen");
        assertThat(List.of(byTreasurer, withoutReason, notDone, notReached, nothingYet))
                .allSatisfy(refusal -> assertThat(Bundles.persian(refusal)).isNotBlank());
    }

    @Test
    void reopeningAnEarlierStageTakesTheGroupBackAndKeepsWhatTheBooksSettled() {
        BookFacts threeRounds = firstDepositConfirmed().withClosedSavingsRounds(3);
        GroupRoadmap group = aGroupInStage3().applyBooks(threeRounds, day(20)).roadmap();
        assertThat(group.isDone(StepId.C3)).isTrue();

        RoadmapChange change = group.reopenStage(Stage.ORGANISING, FACILITATOR, "the board resigned", day(21))
                .orElseThrow();

        GroupRoadmap back = change.roadmap();
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(StageReopened.class, event -> {
            assertThat(event.stage()).isEqualTo(Stage.ORGANISING);
            assertThat(event.from()).isEqualTo(Stage.CAPACITY_BUILDING);
            assertThat(event.reopenedSteps()).containsExactly(StepId.O1, StepId.O2, StepId.O3, StepId.O4,
                    StepId.O5, StepId.O6, StepId.O7);
            assertThat(event.reason()).isEqualTo("the board resigned");
        });
        assertThat(back.currentStage()).isEqualTo(Stage.ORGANISING);
        assertThat(back.isDone(StepId.O4)).isFalse();
        assertThat(back.isDone(StepId.C3)).as("money that moved stays moved").isTrue();
        assertThat(refusalOf(back.signOff(StepId.C1, FACILITATOR, "", day(22), threeRounds)).reasonKey())
                .isEqualTo("roadmap.refused.laterStage");
    }

    @Test
    void theStruckOutC7NeverBlocksStage3AndCannotBeSignedOff() {
        Roadmap roadmap = Roadmap.standard();

        assertThat(roadmap.step(StepId.C7).struckOut()).isTrue();
        assertThat(roadmap.requiredStepsOf(Stage.CAPACITY_BUILDING)).extracting(Step::id).doesNotContain(StepId.C7);
        assertThat(aGroupInStage3().statusOf(Stage.CAPACITY_BUILDING, BookFacts.NOTHING_YET))
                .filteredOn(status -> status.step().id() == StepId.C7)
                .singleElement().extracting(StepStatus::state).isEqualTo(State.STRUCK_OUT);
        assertThat(refusalOf(aGroupInStage3().signOff(StepId.C7, FACILITATOR, "", day(20), BookFacts.NOTHING_YET))
                .reasonKey()).isEqualTo("roadmap.refused.struckOut");
    }

    @Test
    void theBooksDoNotCompleteAStepOfAStageTheGroupHasNotReached() {
        BookFacts earlySaver = BookFacts.NOTHING_YET.withConfirmedDeposits(12).withClosedSavingsRounds(4);

        RoadmapChange inStage1 = aNewGroup().applyBooks(earlySaver, day(5));
        GroupRoadmap inStage3 = signedOff(aGroupInStage2(), FACILITATOR, earlySaver,
                StepId.O1, StepId.O2, StepId.O3, StepId.O4, StepId.O5, StepId.O6, StepId.O7);

        assertThat(inStage1.changedAnything()).isFalse();
        assertThat(inStage3.currentStage()).isEqualTo(Stage.CAPACITY_BUILDING);
        assertThat(inStage3.isDone(StepId.C3)).as("settled as soon as stage 3 begins").isTrue();
    }

    @Test
    void theAssemblysRateVoteSettlesC4AndOpensInternalLending() {
        BookFacts voted = firstDepositConfirmed().withInterestRateDecided().withInternalLoansPaidOut(1);

        RoadmapChange change = aGroupInStage3().applyBooks(voted, day(30));

        assertThat(change.events()).containsExactly(new StepCompletedByBooks(StepId.C4, day(30)),
                new StepCompletedByBooks(StepId.C5, day(30)));
    }

    @Test
    void theLocalImplementersRequestOnRecordSettlesC6OnlyAfterThreeSavingsRounds() {
        BookFacts requested = firstDepositConfirmed().withCapitalAssistanceRequested().withClosedSavingsRounds(2);
        GroupRoadmap group = aGroupInStage3();

        RoadmapChange tooEarly = group.applyBooks(requested, day(30));
        RoadmapChange afterThird = group.applyBooks(requested.withClosedSavingsRounds(3), day(40));

        assertThat(tooEarly.roadmap().isDone(StepId.C6)).isFalse();
        assertThat(afterThird.roadmap().isDone(StepId.C6)).isTrue();
    }

    @Test
    void evidenceSentAfterASignOffIsKeptWithIt() {
        GroupRoadmap group = signedOff(aGroupInStage2(), TREASURER, firstDepositConfirmed(), StepId.O7);

        GroupRoadmap withPhoto = group.attachEvidence(StepId.O7, TREASURER, "AgADBankBook", day(2)).orElseThrow()
                .roadmap();
        Refusal byAnotherMember = refusalOf(group.attachEvidence(StepId.O7, MEMBER, "AgADOther", day(2)));
        Refusal onAnOpenStep = refusalOf(group.attachEvidence(StepId.O1, FACILITATOR, "AgADOther", day(2)));

        assertThat(withPhoto.completionOf(StepId.O7)).get().isInstanceOfSatisfying(Completion.SignOff.class,
                signOff -> assertThat(signOff.attachmentFileIds()).containsExactly("AgADBankBook"));
        assertThat(byAnotherMember.reasonKey()).isEqualTo("roadmap.refused.notSigner");
        assertThat(onAnOpenStep.reasonKey()).isEqualTo("roadmap.refused.notSignedOff");
    }

    @Test
    void theLogRebuildsTheSameRoadmap() {
        GroupRoadmap group = aGroupInStage3().applyBooks(firstDepositConfirmed().withClosedSavingsRounds(3), day(20))
                .roadmap()
                .reopenStep(StepId.O3, FACILITATOR, "new savings amount", day(21)).orElseThrow().roadmap()
                .attachEvidence(StepId.O7, FACILITATOR, "AgADReceipt", day(22)).orElseThrow().roadmap();

        GroupRoadmap rebuilt = GroupRoadmap.replay(group.group(), group.startedAt(), group.history());

        assertThat(rebuilt.currentStage()).isEqualTo(group.currentStage());
        assertThat(rebuilt.history()).isEqualTo(group.history());
        for (StepId id : StepId.values()) {
            assertThat(rebuilt.completionOf(id)).as(id.name()).isEqualTo(group.completionOf(id));
        }
    }

    @Test
    void aNewGroupShowsItsFirstStepsOpenAndLaterStagesBlocked() {
        GroupRoadmap group = aNewGroup();

        assertThat(group.nextSteps(3, BookFacts.NOTHING_YET))
                .extracting(status -> status.step().id()).containsExactly(StepId.F1, StepId.F2, StepId.F3);
        assertThat(group.statusOf(Stage.ORGANISING, BookFacts.NOTHING_YET)).allSatisfy(status -> {
            assertThat(status.state()).isEqualTo(State.BLOCKED);
            assertThat(status.blockedBy()).get().extracting(Refusal::reasonKey).isEqualTo("roadmap.refused.laterStage");
        });
        assertThat(group.signableBy(FACILITATOR, BookFacts.NOTHING_YET)).extracting(Step::id)
                .containsExactly(StepId.F1, StepId.F2, StepId.F3, StepId.F4, StepId.F5, StepId.F6);
        assertThat(group.signableBy(TREASURER, BookFacts.NOTHING_YET)).isEmpty();
        assertThat(group.lastProgressAt()).isEqualTo(RoadmapFixtures.GROUP_CREATED);
    }

    @Test
    void stage3ShowsWhatTheBooksWillDecideAndWhoMaySignWhat() {
        GroupRoadmap group = aGroupInStage3();

        assertThat(group.statusOf(Stage.CAPACITY_BUILDING, firstDepositConfirmed()))
                .filteredOn(status -> status.step().id() == StepId.C9)
                .singleElement().extracting(StepStatus::state).isEqualTo(State.BY_BOOKS);
        assertThat(group.signableBy(LOCAL_IMPLEMENTER, firstDepositConfirmed().withClosedSavingsRounds(3)))
                .extracting(Step::id).containsExactly(StepId.C6, StepId.C11);
        assertThat(group.signableBy(PARENT_EXPERT, firstDepositConfirmed())).extracting(Step::id)
                .containsExactly(StepId.C12);
    }
}
