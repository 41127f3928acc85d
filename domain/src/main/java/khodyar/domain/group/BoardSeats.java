package khodyar.domain.group;

import khodyar.domain.common.Outcome;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recording the result of an election held in person: a member takes a seat. The chair and the
 * secretary are single seats, so whoever held one before goes back to being a member; a group may
 * have more than one treasurer, so that a treasurer's own deposit can be confirmed by another.
 */
public final class BoardSeats {

    private BoardSeats() {
    }

    /** The group's roles after {@code who} takes {@code role}; refused for roles that are not a member's. */
    public static Outcome<Map<PersonId, Role>> assign(Map<PersonId, Role> current, PersonId who, Role role) {
        if (!role.isMemberRole()) {
            return Outcome.refused("group.refused.notMemberRole");
        }
        if (!current.containsKey(who)) {
            return Outcome.refused("group.refused.notAMember");
        }
        Map<PersonId, Role> next = new LinkedHashMap<>(current);
        if (role == Role.CHAIR || role == Role.SECRETARY) {
            next.replaceAll((person, held) -> held == role ? Role.MEMBER : held);
        }
        next.put(who, role);
        return Outcome.done(Map.copyOf(next));
    }
}
