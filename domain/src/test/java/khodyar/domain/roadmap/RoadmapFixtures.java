package khodyar.domain.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import khodyar.domain.common.Outcome;
import khodyar.domain.common.Refusal;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;

/** People and moments of a self-help group's journey, named as the programme names them. */
final class RoadmapFixtures {

    static final Instant GROUP_CREATED = Instant.parse("2025-03-21T06:30:00Z");
    static final Actor FACILITATOR = Actor.of(new PersonId(1001), Role.FACILITATOR);
    static final Actor TREASURER = Actor.of(new PersonId(2001), Role.MEMBER, Role.TREASURER);
    static final Actor MEMBER = Actor.of(new PersonId(2002), Role.MEMBER);
    static final Actor LOCAL_IMPLEMENTER = Actor.of(new PersonId(3001), Role.LOCAL_IMPLEMENTER);
    static final Actor PARENT_EXPERT = Actor.of(new PersonId(4001), Role.PARENT_EXPERT);

    private RoadmapFixtures() {
    }

    static Instant day(int days) {
        return GROUP_CREATED.plus(Duration.ofDays(days));
    }

    static GroupRoadmap aNewGroup() {
        return GroupRoadmap.start(new GroupId("g-nargess"), GROUP_CREATED);
    }

    /** Signs off steps that must be allowed; the caller checks what follows. */
    static GroupRoadmap signedOff(GroupRoadmap roadmap, Actor actor, BookFacts facts, StepId... steps) {
        GroupRoadmap current = roadmap;
        for (StepId step : steps) {
            current = current.signOff(step, actor, "done in the meeting", day(1), facts).orElseThrow().roadmap();
        }
        return current;
    }

    static GroupRoadmap aGroupInStage2() {
        GroupRoadmap group = signedOff(aNewGroup(), FACILITATOR, BookFacts.NOTHING_YET,
                StepId.F1, StepId.F2, StepId.F3, StepId.F4, StepId.F5, StepId.F6);
        assertThat(group.currentStage()).isEqualTo(Stage.ORGANISING);
        return group;
    }

    static BookFacts firstDepositConfirmed() {
        return BookFacts.NOTHING_YET.withConfirmedDeposits(1).withClosedSavingsRounds(1);
    }

    static GroupRoadmap aGroupInStage3() {
        GroupRoadmap group = signedOff(aGroupInStage2(), FACILITATOR, firstDepositConfirmed(),
                StepId.O1, StepId.O2, StepId.O3, StepId.O4, StepId.O5, StepId.O6, StepId.O7);
        assertThat(group.currentStage()).isEqualTo(Stage.CAPACITY_BUILDING);
        return group;
    }

    /** The refusal of an outcome that must be refused. */
    static Refusal refusalOf(Outcome<RoadmapChange> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<RoadmapChange>) outcome).refusal();
    }
}
