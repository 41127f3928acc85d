package khodyar.bot.group;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.people.People;
import khodyar.bot.telegram.outbound.OutMessage.Priority;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.BoardSeats;
import khodyar.domain.group.Permission;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;
import khodyar.domain.text.PersianInput;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /setrole <n> <role>}: records the result of an election held in person: member n (as
 * numbered by {@code /members}) becomes treasurer, chair, secretary or member again.
 */
@Component
public class SetRoleCommand implements Command {

    private static final Map<String, Role> TYPED = Map.of(
            "treasurer", Role.TREASURER, "chair", Role.CHAIR, "secretary", Role.SECRETARY, "member", Role.MEMBER);

    private final Groups groups;
    private final People people;

    public SetRoleCommand(Groups groups, People people) {
        this.groups = groups;
        this.people = people;
    }

    @Override
    public List<String> names() {
        return List.of("setrole");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SET_ROLE);
    }

    @Override
    public void run(Turn turn, String args) {
        String[] parts = args.strip().split("\\s+", 2);
        if (parts.length < 2) {
            turn.reply("setrole.usage");
            return;
        }
        Optional<Role> role = roleNamed(turn, parts[1]);
        if (role.isEmpty()) {
            turn.reply("setrole.unknownRole");
            return;
        }
        GroupDoc group = turn.group().orElseThrow();
        List<Membership> members = groups.members(group.id());
        Outcome<Long> number = PersianInput.parseWholeNumber(parts[0]);
        if (!(number instanceof Outcome.Done<Long> done) || done.value() < 1 || done.value() > members.size()) {
            turn.reply("setrole.badNumber", members.size());
            return;
        }
        Membership member = members.get((int) (done.value() - 1));
        Map<PersonId, Role> seats = new LinkedHashMap<>();
        members.forEach(m -> seats.put(new PersonId(m.userId()), m.role()));
        Outcome<Map<PersonId, Role>> assigned = BoardSeats.assign(seats, new PersonId(member.userId()), role.get());
        if (assigned instanceof Outcome.Refused<Map<PersonId, Role>> refused) {
            turn.reply(refused.refusal());
            return;
        }
        Map<PersonId, Role> next = assigned.orElseThrow();
        for (Membership m : members) {
            Role now = next.get(new PersonId(m.userId()));
            if (now != m.role()) {
                groups.setRole(group.id(), m.userId(), now);
            }
        }
        turn.reply("setrole.done", member.name(), turn.text(role.get().messageKey()));
        people.find(member.userId()).ifPresent(p -> turn.notify(member.userId(), Priority.INTERACTIVE,
                turn.text(Lang.of(p.lang()), "setrole.told", group.name(), turn.text(Lang.of(p.lang()), role.get().messageKey())),
                null));
    }

    private static Optional<Role> roleNamed(Turn turn, String typed) {
        String word = typed.strip().toLowerCase(Locale.ROOT);
        if (TYPED.containsKey(word)) {
            return Optional.of(TYPED.get(word));
        }
        for (Role role : TYPED.values()) {
            for (Lang lang : Lang.values()) {
                if (word.equals(turn.text(lang, role.messageKey()).toLowerCase(Locale.ROOT))) {
                    return Optional.of(role);
                }
            }
        }
        return Optional.empty();
    }
}
