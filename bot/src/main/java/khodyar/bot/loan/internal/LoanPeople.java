package khodyar.bot.loan.internal;

import khodyar.bot.chat.Access;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;
import khodyar.domain.ledger.ConfirmationPolicy;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who acts on a loan: the treasurers who pay out and confirm repayments (by the ledger's four-eyes
 * rule: never the borrower; a treasurer's own loan goes to the board), and who is told when a
 * loan is late.
 */
@Component
public class LoanPeople {

    private final Groups groups;
    private final Access access;

    public LoanPeople(Groups groups, Access access) {
        this.groups = groups;
        this.access = access;
    }

    public Map<PersonId, Set<Role>> memberRoles(String groupId) {
        Map<PersonId, Set<Role>> roles = new LinkedHashMap<>();
        for (Membership membership : groups.members(groupId)) {
            roles.put(new PersonId(membership.userId()), EnumSet.of(Role.MEMBER, membership.role()));
        }
        return roles;
    }

    /** Who may pay out a loan to, or confirm a repayment of, {@code borrower}, in join order. */
    public List<Long> confirmersFor(String groupId, long borrower) {
        Map<PersonId, Set<Role>> roles = memberRoles(groupId);
        Set<PersonId> allowed = ConfirmationPolicy.whoMayConfirm(new PersonId(borrower), roles);
        return roles.keySet().stream().filter(allowed::contains).map(PersonId::value).toList();
    }

    public boolean isTreasurer(String groupId, long person) {
        return groups.membership(groupId, person).map(m -> m.role() == Role.TREASURER).orElse(false);
    }

    /** The treasurers and the facilitators: who follows up a late instalment. */
    public List<Long> followersOf(GroupDoc group) {
        List<Long> treasurers = groups.members(group.id()).stream().filter(m -> m.role() == Role.TREASURER)
                .map(Membership::userId).toList();
        List<Long> facilitators = group.facilitatorIds().stream().sorted().filter(f -> !treasurers.contains(f))
                .toList();
        return java.util.stream.Stream.concat(treasurers.stream(), facilitators.stream()).toList();
    }

    /** The roles of whoever acts in this group, which need not be their active group. */
    public Set<Role> rolesIn(Turn turn, GroupDoc group) {
        if (turn.group().map(g -> g.id().equals(group.id())).orElse(false)) {
            return turn.roles();
        }
        Membership membership = groups.membership(group.id(), turn.userId()).orElse(null);
        return access.groupRoles(turn.person(), group, membership);
    }
}
