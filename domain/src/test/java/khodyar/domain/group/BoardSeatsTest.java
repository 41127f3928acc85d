package khodyar.domain.group;

import khodyar.domain.common.Outcome;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BoardSeatsTest {

    private final PersonId maryam = new PersonId(1);
    private final PersonId zahra = new PersonId(2);
    private final PersonId ali = new PersonId(3);
    private final Map<PersonId, Role> aNewGroup = Map.of(maryam, Role.MEMBER, zahra, Role.MEMBER, ali, Role.MEMBER);

    @Test
    void aNewChairReplacesTheOldOne() {
        Map<PersonId, Role> first = BoardSeats.assign(aNewGroup, maryam, Role.CHAIR).orElseThrow();
        Map<PersonId, Role> second = BoardSeats.assign(first, zahra, Role.CHAIR).orElseThrow();

        assertThat(second).containsEntry(zahra, Role.CHAIR).containsEntry(maryam, Role.MEMBER);
    }

    @Test
    void aGroupMayHaveTwoTreasurers() {
        Map<PersonId, Role> first = BoardSeats.assign(aNewGroup, maryam, Role.TREASURER).orElseThrow();
        Map<PersonId, Role> second = BoardSeats.assign(first, ali, Role.TREASURER).orElseThrow();

        assertThat(second).containsEntry(maryam, Role.TREASURER).containsEntry(ali, Role.TREASURER);
    }

    @Test
    void onlyMembersTakeSeatsAndOnlyMemberRolesAreSeats() {
        assertThat(BoardSeats.assign(aNewGroup, new PersonId(99), Role.CHAIR))
                .isEqualTo(Outcome.refused("group.refused.notAMember"));
        assertThat(BoardSeats.assign(aNewGroup, maryam, Role.FACILITATOR))
                .isEqualTo(Outcome.refused("group.refused.notMemberRole"));
    }
}
