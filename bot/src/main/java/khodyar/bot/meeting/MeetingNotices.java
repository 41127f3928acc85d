package khodyar.bot.meeting;

import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.bot.i18n.Messages;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.people.People;
import khodyar.bot.people.Person;
import khodyar.bot.telegram.outbound.OutMessage.Priority;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Who hears of a group's meetings (its members and facilitators) and in which language. */
@Component
public class MeetingNotices {

    private final Groups groups;
    private final People people;
    private final Messages messages;

    public MeetingNotices(Groups groups, People people, Messages messages) {
        this.groups = groups;
        this.people = people;
        this.messages = messages;
    }

    /** Members in joining order, then the facilitators who are not members. */
    public Set<Long> audience(GroupDoc group) {
        Set<Long> ids = new LinkedHashSet<>();
        groups.members(group.id()).stream().map(Membership::userId).forEach(ids::add);
        ids.addAll(group.facilitatorIds());
        return ids;
    }

    /** Each person's language, Persian for anyone not found. */
    public Map<Long, Lang> languages(Set<Long> ids) {
        Map<Long, Lang> found = people.findAll(ids).stream()
                .collect(Collectors.toMap(Person::id, p -> Lang.of(p.lang()), (a, b) -> a));
        return ids.stream().collect(Collectors.toMap(Function.identity(), id -> found.getOrDefault(id, Lang.FA),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** Tells everyone in the group but the person acting, each in their language, at broadcast priority. */
    public void tellEveryone(Turn turn, GroupDoc group, Function<Lang, String> text) {
        Set<Long> audience = audience(group);
        audience.remove(turn.userId());
        languages(audience).forEach((id, lang) -> turn.notify(id, Priority.BROADCAST, text.apply(lang), null));
    }

    Messages messages() {
        return messages;
    }

    List<Membership> members(GroupDoc group) {
        return groups.members(group.id());
    }
}
