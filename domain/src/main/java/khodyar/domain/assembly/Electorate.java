package khodyar.domain.assembly;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;

/**
 * Who may vote on a proposal: the group's members when it opened, fixed for its whole life. The
 * contract counts "more than half of all members"; fixing the electorate at opening keeps that
 * count stable, so a member who joins later votes on later proposals, not on this one.
 * Facilitators and other staff never vote.
 */
public record Electorate(SortedSet<PersonId> voters) {

    private static final Comparator<PersonId> BY_ID = Comparator.comparingLong(PersonId::value);

    public Electorate {
        if (voters.isEmpty()) {
            throw new IllegalArgumentException("an electorate of no one");
        }
        voters = sortedCopy(voters);
    }

    public static Electorate of(Collection<PersonId> members) {
        return new Electorate(sortedCopy(members));
    }

    /** The people holding a member role and no facilitator role. */
    public static Electorate ofGroup(Map<PersonId, ? extends Collection<Role>> rolesByPerson) {
        return of(rolesByPerson.entrySet().stream()
                .filter(entry -> isVoter(entry.getValue()))
                .map(Map.Entry::getKey)
                .toList());
    }

    static boolean isVoter(Collection<Role> roles) {
        return roles.stream().anyMatch(Role::isMemberRole) && !roles.contains(Role.FACILITATOR);
    }

    public int size() {
        return voters.size();
    }

    public boolean includes(PersonId person) {
        return voters.contains(person);
    }

    static SortedSet<PersonId> sortedCopy(Collection<PersonId> people) {
        TreeSet<PersonId> sorted = new TreeSet<>(BY_ID);
        sorted.addAll(people);
        return Collections.unmodifiableSortedSet(sorted);
    }
}
