package khodyar.bot.chat;

import khodyar.bot.config.BotSettings;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Membership;
import khodyar.bot.people.Person;
import khodyar.domain.common.Refusal;
import khodyar.domain.group.Permission;
import khodyar.domain.group.Role;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The one place where the bot decides whether a person may do something, by their roles. */
@Component
public class Access {

    private final BotSettings settings;

    public Access(BotSettings settings) {
        this.settings = settings;
    }

    public Set<Role> globalRoles(Person person) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(person.staffRoles());
        if (settings.isAdmin(person.id())) {
            roles.add(Role.ADMIN);
        }
        return roles;
    }

    public Set<Role> groupRoles(Person person, GroupDoc group, Membership membership) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (settings.isAdmin(person.id())) {
            roles.add(Role.ADMIN);
        }
        if (group == null) {
            return roles;
        }
        if (membership != null) {
            roles.add(membership.role());
            roles.add(Role.MEMBER);
        }
        if (group.facilitatorIds().contains(person.id())) {
            roles.add(Role.FACILITATOR);
        }
        if (group.localImplementerIds().contains(person.id())) {
            roles.add(Role.LOCAL_IMPLEMENTER);
        }
        if (group.parentExpertIds().contains(person.id())) {
            roles.add(Role.PARENT_EXPERT);
        }
        if (group.counsellorIds().contains(person.id())) {
            roles.add(Role.COUNSELLOR);
        }
        return roles;
    }

    public boolean allows(Turn turn, Permission permission) {
        return check(turn, permission).isEmpty();
    }

    /** Empty when allowed; otherwise why not, to be told to the person. */
    public Optional<Refusal> check(Turn turn, Permission permission) {
        if (!permission.needsGroup()) {
            return permission.allows(turn.globalRoles()) ? Optional.empty()
                    : Optional.of(Refusal.of("access.denied", rolesList(turn, permission)));
        }
        if (turn.group().isEmpty()) {
            return Optional.of(Refusal.of("access.noGroup"));
        }
        return permission.allows(turn.roles()) ? Optional.empty()
                : Optional.of(Refusal.of("access.denied", rolesList(turn, permission)));
    }

    private static String rolesList(Turn turn, Permission permission) {
        return permission.allowedRoles().stream().map(role -> turn.text(role.messageKey()))
                .collect(Collectors.joining(turn.text("list.separator")));
    }
}
