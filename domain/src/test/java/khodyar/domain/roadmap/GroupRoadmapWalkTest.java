package khodyar.domain.roadmap;

import static khodyar.domain.roadmap.RoadmapFixtures.FACILITATOR;
import static khodyar.domain.roadmap.RoadmapFixtures.LOCAL_IMPLEMENTER;
import static khodyar.domain.roadmap.RoadmapFixtures.MEMBER;
import static khodyar.domain.roadmap.RoadmapFixtures.PARENT_EXPERT;
import static khodyar.domain.roadmap.RoadmapFixtures.TREASURER;
import static khodyar.domain.roadmap.RoadmapFixtures.aNewGroup;
import static khodyar.domain.roadmap.RoadmapFixtures.day;
import static khodyar.domain.roadmap.RoadmapFixtures.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import khodyar.domain.common.Refusal;
import khodyar.domain.roadmap.RoadmapEvent.RoadmapFinished;
import khodyar.domain.roadmap.RoadmapEvent.StageAdvanced;
import khodyar.domain.roadmap.RoadmapEvent.StepCompletedByBooks;
import khodyar.domain.roadmap.RoadmapEvent.StepSignedOff;

/** One group, from the day it is created to the kanoon's first meeting, through every rule on the way. */
class GroupRoadmapWalkTest {

    private GroupRoadmap group = aNewGroup();
    private BookFacts books = BookFacts.NOTHING_YET;
    private int today = 0;

    @Test
    void aGroupWalksTheWholeRoadmapAndEveryRefusalOnTheWayNamesItsReasonInPersian() {
        // Stage 1: forming. Only the facilitator signs; later stages and the struck-out C7 wait.
        assertThat(group.currentStage()).isEqualTo(Stage.FORMING);
        assertRefused(MEMBER, StepId.F1, "roadmap.refused.notOwner", "تسهیلگر");
        assertRefused(FACILITATOR, StepId.O1, "roadmap.refused.laterStage", "۲");
        assertRefused(FACILITATOR, StepId.C7, "roadmap.refused.struckOut", "F1");
        sign(FACILITATOR, StepId.F1);
        assertRefused(FACILITATOR, StepId.F1, "roadmap.refused.alreadyDone", "F1");
        sign(FACILITATOR, StepId.F2, StepId.F3, StepId.F4, StepId.F5);
        assertThat(group.currentStage()).isEqualTo(Stage.FORMING);
        List<RoadmapEvent> lastStepOfStage1 = sign(FACILITATOR, StepId.F6);
        assertThat(lastStepOfStage1).contains(new StageAdvanced(Stage.FORMING, Stage.ORGANISING, day(today)));

        // Stage 2: organising. Assembly decisions are the facilitator's record; O7 needs a confirmed deposit.
        assertRefused(TREASURER, StepId.O2, "roadmap.refused.notOwner", "مجمع عمومی");
        assertRefused(TREASURER, StepId.O7, "roadmap.gate.o7.firstDeposit", "O7");
        sign(FACILITATOR, StepId.O1, StepId.O2, StepId.O3, StepId.O4, StepId.O5, StepId.O6);
        books = books.withConfirmedDeposits(1).withClosedSavingsRounds(1);
        List<RoadmapEvent> fundFormed = sign(TREASURER, StepId.O7);
        assertThat(fundFormed).contains(new StageAdvanced(Stage.ORGANISING, Stage.CAPACITY_BUILDING, day(today)));
        assertThat(group.completionOf(StepId.O7)).get()
                .isInstanceOfSatisfying(Completion.SignOff.class, signOff -> assertThat(signOff.as()).isEqualTo(StepOwner.TREASURER));

        // Stage 3: capacity building. The books decide the money steps; gates hold C5, C6 and C13.
        assertRefused(FACILITATOR, StepId.C3, "roadmap.refused.books", "C3");
        assertRefused(FACILITATOR, StepId.C5, "roadmap.refused.books", "C5");
        assertRefused(FACILITATOR, StepId.C6, "roadmap.refused.notOwner", "مجری محلی");
        books = books.withClosedSavingsRounds(2);
        assertRefused(LOCAL_IMPLEMENTER, StepId.C6, "roadmap.gate.c6.rounds", "۲");
        assertRefused(PARENT_EXPERT, StepId.C13, "roadmap.gate.c13.creditAssessments", "C11, C12");
        sign(FACILITATOR, StepId.C1, StepId.C2);

        books = books.withClosedSavingsRounds(3).withInternalLoansPaidOut(1);
        assertThat(applyBooks()).containsExactly(new StepCompletedByBooks(StepId.C3, day(today)));
        assertThat(statusOf(StepId.C5).blockedBy()).get().extracting(Refusal::reasonKey)
                .isEqualTo("roadmap.gate.c5.rateDecided");
        assertThat(Bundles.persian(statusOf(StepId.C5).blockedBy().orElseThrow())).contains("C4");
        List<RoadmapEvent> rateDecided = sign(FACILITATOR, StepId.C4);
        assertThat(rateDecided).containsExactly(
                new StepSignedOff(StepId.C4, FACILITATOR.person(), khodyar.domain.group.Role.FACILITATOR,
                        StepOwner.ASSEMBLY, "done on day " + today, day(today)),
                new StepCompletedByBooks(StepId.C5, day(today)));

        sign(LOCAL_IMPLEMENTER, StepId.C6);
        sign(FACILITATOR, StepId.C8, StepId.C10);
        books = books.withInternalRepaymentsConfirmed(1);
        assertThat(applyBooks()).containsExactly(new StepCompletedByBooks(StepId.C9, day(today)));
        sign(LOCAL_IMPLEMENTER, StepId.C11);
        assertRefused(PARENT_EXPERT, StepId.C13, "roadmap.gate.c13.creditAssessments", "C12");
        sign(PARENT_EXPERT, StepId.C12);
        List<RoadmapEvent> bankable = sign(PARENT_EXPERT, StepId.C13);
        assertThat(bankable).contains(new StageAdvanced(Stage.CAPACITY_BUILDING, Stage.MATURITY, day(today)));
        assertThat(group.isDone(StepId.C7)).as("the struck-out C7 never blocks stage 3").isFalse();

        // Stage 4: maturity. Bank loans are facts of the books; the second assessment waits for M7.
        assertRefused(FACILITATOR, StepId.M1, "roadmap.refused.books", "M1");
        assertRefused(LOCAL_IMPLEMENTER, StepId.M8, "roadmap.gate.m8.firstBankLoanRepaid", "M7");
        books = books.withBankLoansReceived(1);
        assertThat(applyBooks()).containsExactly(new StepCompletedByBooks(StepId.M1, day(today)));
        sign(FACILITATOR, StepId.M2, StepId.M3);
        sign(TREASURER, StepId.M4);
        sign(FACILITATOR, StepId.M5, StepId.M6);
        books = books.withBankLoansRepaid(1);
        assertThat(applyBooks()).containsExactly(new StepCompletedByBooks(StepId.M7, day(today)));
        sign(LOCAL_IMPLEMENTER, StepId.M8);
        books = books.withBankLoansReceived(2);
        assertThat(applyBooks()).containsExactly(new StepCompletedByBooks(StepId.M9, day(today)));
        sign(FACILITATOR, StepId.M10);
        assertThat(group.isFinished()).isFalse();
        List<RoadmapEvent> kanoonMet = sign(FACILITATOR, StepId.M11);

        assertThat(kanoonMet).last().isEqualTo(new RoadmapFinished(day(today)));
        assertThat(group.isFinished()).isTrue();
        assertThat(group.doneCount()).isEqualTo(group.requiredCount()).isEqualTo(36);
        assertThat(group.history()).filteredOn(StageAdvanced.class::isInstance).hasSize(3);
        assertThat(group.nextSteps(3, books)).isEmpty();
        assertRefused(FACILITATOR, StepId.M11, "roadmap.refused.alreadyDone", "M11");
    }

    /** Each sign-off happens on a new day; returns the events it produced. */
    private List<RoadmapEvent> sign(Actor actor, StepId... steps) {
        List<RoadmapEvent> events = List.of();
        for (StepId step : steps) {
            today++;
            RoadmapChange change = group.signOff(step, actor, "done on day " + today, day(today), books).orElseThrow();
            assertThat(change.roadmap().isDone(step)).isTrue();
            group = change.roadmap();
            events = change.events();
        }
        return events;
    }

    private List<RoadmapEvent> applyBooks() {
        today++;
        RoadmapChange change = group.applyBooks(books, day(today));
        group = change.roadmap();
        return change.events();
    }

    private StepStatus statusOf(StepId id) {
        return group.statusOf(id.stage(), books).stream().filter(status -> status.step().id() == id).findFirst()
                .orElseThrow();
    }

    private void assertRefused(Actor actor, StepId step, String reasonKey, String persianMessageMentions) {
        GroupRoadmap before = group;

        Refusal refusal = refusalOf(group.signOff(step, actor, "", day(today), books));

        assertThat(refusal.reasonKey()).isEqualTo(reasonKey);
        assertThat(Bundles.persian(refusal)).contains(persianMessageMentions);
        assertThat(group).isSameAs(before);
        assertThat(group.refusalToSignOff(step, actor, books)).contains(refusal);
    }
}
