package khodyar.bot.ledger.internal;

import khodyar.bot.chat.Access;
import khodyar.bot.config.BotSettings;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.bot.i18n.Messages;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.people.People;
import khodyar.bot.people.Person;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;
import khodyar.domain.money.DisplayUnit;
import khodyar.domain.money.Money;
import khodyar.domain.text.PersianFormat;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Who is who in a group's books: roles, names, languages, and amounts in each reader's words. */
@Component
public class LedgerPeople {

    private final Groups groups;
    private final People people;
    private final Access access;
    private final Messages messages;
    private final BotSettings settings;

    public LedgerPeople(Groups groups, People people, Access access, Messages messages, BotSettings settings) {
        this.settings = settings;
        this.groups = groups;
        this.people = people;
        this.access = access;
        this.messages = messages;
    }

    public Optional<GroupDoc> group(String groupId) {
        return groups.find(groupId);
    }

    public List<Membership> members(String groupId) {
        return groups.members(groupId);
    }

    /** Every member's roles in the group, in join order: what the four-eyes rules decide on. */
    public Map<PersonId, Set<Role>> memberRoles(String groupId) {
        Map<PersonId, Set<Role>> roles = new LinkedHashMap<>();
        for (Membership membership : groups.members(groupId)) {
            roles.put(new PersonId(membership.userId()), EnumSet.of(Role.MEMBER, membership.role()));
        }
        return roles;
    }

    /** The roles of whoever is acting in this group, which need not be their active group. */
    public Set<Role> rolesIn(Turn turn, GroupDoc group) {
        if (turn.group().map(g -> g.id().equals(group.id())).orElse(false)) {
            return turn.roles();
        }
        Membership membership = groups.membership(group.id(), turn.userId()).orElse(null);
        return access.groupRoles(turn.person(), group, membership);
    }

    public String nameOf(String groupId, long userId) {
        return groups.membership(groupId, userId).map(Membership::name)
                .or(() -> people.find(userId).map(Person::name))
                .orElse(Long.toString(userId));
    }

    public Lang langOf(long userId) {
        return Lang.of(people.find(userId).map(Person::lang).orElse("fa"));
    }

    public String text(Lang lang, String key, Object... args) {
        return messages.get(lang, key, args);
    }

    /** The amount in the group's display unit, followed by the unit's word in the reader's language. */
    public String amount(Money money, GroupDoc group, Lang lang) {
        return amount(money.rials(), group.displayUnit(), lang);
    }

    /** A signed amount: only a book that needs correcting shows a negative figure. */
    public String amount(long rials, DisplayUnit unit, Lang lang) {
        String figure = PersianFormat.amount(Money.ofRials(Math.abs(rials)), unit, lang.code());
        return (rials < 0 ? "-" : "") + figure + " " + messages.get(lang, unit.messageKey());
    }

    /** The group's time zone: it decides what day a moment falls on. */
    public java.time.ZoneId zone() {
        return settings.timezone();
    }

    /** The Jalali day of {@code at} in the group's time zone. */
    public String date(java.time.Instant at, Lang lang) {
        return PersianFormat.date(at.atZone(zone()).toLocalDate(), lang.code());
    }

    /** Confirm and reject buttons, in the reader's language. */
    public Keyboard decisionButtons(Lang lang, String confirmData, String rejectData) {
        return Keyboard.inline(List.of(List.of(
                new Keyboard.Button(messages.get(lang, "ledger.button.confirm"), confirmData),
                new Keyboard.Button(messages.get(lang, "ledger.button.reject"), rejectData))));
    }
}
