package khodyar.domain.roadmap;

import java.util.Set;

import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;

/** A person acting on a group's roadmap, with the roles they hold for that group. */
public record Actor(PersonId person, Set<Role> roles) {

    public Actor {
        if (person == null) {
            throw new IllegalArgumentException("an actor is a person");
        }
        roles = Set.copyOf(roles);
    }

    public static Actor of(PersonId person, Role... roles) {
        return new Actor(person, Set.of(roles));
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
