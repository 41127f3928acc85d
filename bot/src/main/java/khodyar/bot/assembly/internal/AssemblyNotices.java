package khodyar.bot.assembly.internal;

import khodyar.bot.config.BotSettings;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.bot.i18n.Messages;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.people.People;
import khodyar.bot.people.Person;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.OutMessage;
import khodyar.bot.telegram.outbound.OutMessage.Kind;
import khodyar.bot.telegram.outbound.OutMessage.Priority;
import khodyar.bot.telegram.outbound.OutboundQueue;
import khodyar.domain.assembly.Proposal;
import khodyar.domain.group.PersonId;
import khodyar.domain.money.DisplayUnit;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Messages the assembly sends on its own account: ballots, notices to facilitators, reminders and
 * outcomes. Their outbox ids are made of what they are about ({@code asm:<what>:<proposal>:<person>}),
 * so opening, closing or reminding twice sends each message once.
 */
@Component
public class AssemblyNotices {

    private final Groups groups;
    private final People people;
    private final Messages messages;
    private final OutboundQueue outbound;
    private final BotSettings settings;
    private final Clock clock;

    public AssemblyNotices(Groups groups, People people, Messages messages, OutboundQueue outbound,
                           BotSettings settings, Clock clock) {
        this.groups = groups;
        this.people = people;
        this.messages = messages;
        this.outbound = outbound;
        this.settings = settings;
        this.clock = clock;
    }

    /** The words of the assembly for one reader, with the group's member names and money unit. */
    public AssemblyTexts textsFor(Lang lang, String groupId) {
        Map<Long, String> names = groups.members(groupId).stream()
                .collect(Collectors.toMap(Membership::userId, Membership::name, (a, b) -> a));
        DisplayUnit unit = groups.find(groupId).map(GroupDoc::displayUnit).orElse(DisplayUnit.TOMAN);
        return new AssemblyTexts(messages, lang, names, unit, settings.timezone());
    }

    /** A ballot with buttons to each voter; a read-only notice to the group's facilitators. */
    public void opened(Proposal proposal) {
        String groupId = proposal.groupId().value();
        Set<Long> voters = ids(proposal.electorate().voters());
        Set<Long> facilitators = groups.find(groupId).map(GroupDoc::facilitatorIds).orElse(Set.of());
        Map<Long, Lang> langs = langsOf(union(voters, facilitators));
        List<OutMessage> out = new ArrayList<>();
        Map<Lang, AssemblyTexts> texts = new LinkedHashMap<>();
        Function<Lang, AssemblyTexts> textsIn = lang -> texts.computeIfAbsent(lang, l -> textsFor(l, groupId));
        for (long voter : voters) {
            AssemblyTexts t = textsIn.apply(langs.getOrDefault(voter, Lang.FA));
            out.add(send(ballotId(proposal, voter), voter, t.ballot(proposal), t.choices(proposal)));
        }
        for (long facilitator : facilitators) {
            if (!voters.contains(facilitator)) {
                AssemblyTexts t = textsIn.apply(langs.getOrDefault(facilitator, Lang.FA));
                out.add(send("asm:watch:" + proposal.id().value() + ":" + facilitator, facilitator,
                        t.ballot(proposal) + "\n\n" + t.text("assemblychat.facilitatorNotice"), null));
            }
        }
        outbound.enqueue(out);
    }

    /** A reminder to each member who has not voted, a day before the deadline. */
    public void remind(Proposal proposal) {
        String groupId = proposal.groupId().value();
        Set<Long> silent = ids(proposal.notYetVoted());
        Map<Long, Lang> langs = langsOf(silent);
        List<OutMessage> out = new ArrayList<>();
        for (long member : silent) {
            AssemblyTexts t = textsFor(langs.getOrDefault(member, Lang.FA), groupId);
            out.add(send("asm:remind:" + proposal.id().value() + ":" + member, member,
                    t.text("assemblychat.reminder", t.date(proposal.deadline())) + "\n\n" + t.ballot(proposal),
                    t.choices(proposal)));
        }
        outbound.enqueue(out);
    }

    /**
     * The outcome with the counts to everyone concerned: the group's members now and its
     * facilitators. The ballots lose their buttons.
     */
    public void decided(Proposal proposal) {
        String groupId = proposal.groupId().value();
        Set<Long> members = groups.members(groupId).stream().map(Membership::userId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Long> facilitators = groups.find(groupId).map(GroupDoc::facilitatorIds).orElse(Set.of());
        Set<Long> told = union(members, facilitators);
        Map<Long, Lang> langs = langsOf(told);
        List<OutMessage> out = new ArrayList<>();
        for (long person : told) {
            AssemblyTexts t = textsFor(langs.getOrDefault(person, Lang.FA), groupId);
            out.add(send("asm:outcome:" + proposal.id().value() + ":" + person, person, t.outcome(proposal), null));
        }
        for (long voter : ids(proposal.electorate().voters())) {
            outbound.sentMessageId(ballotId(proposal, voter)).ifPresent(messageId -> {
                AssemblyTexts t = textsFor(langs.getOrDefault(voter, Lang.FA), groupId);
                out.add(new OutMessage("asm:shut:" + proposal.id().value() + ":" + voter, voter, Kind.EDIT_TEXT,
                        Priority.BROADCAST, t.ballot(proposal) + "\n\n" + t.text("assemblychat.ballotClosed"), null,
                        messageId, null, null, null, clock.instant(), null, 0, OutMessage.State.PENDING, null));
            });
        }
        outbound.enqueue(out);
    }

    private static String ballotId(Proposal proposal, long voter) {
        return "asm:ballot:" + proposal.id().value() + ":" + voter;
    }

    private OutMessage send(String id, long chatId, String text, Keyboard keyboard) {
        return new OutMessage(id, chatId, Kind.SEND_TEXT, Priority.BROADCAST, text, keyboard, null, null, null, null,
                clock.instant(), null, 0, OutMessage.State.PENDING, null);
    }

    private Map<Long, Lang> langsOf(Set<Long> ids) {
        return people.findAll(ids).stream().collect(Collectors.toMap(Person::id, p -> Lang.of(p.lang()), (a, b) -> a));
    }

    private static Set<Long> ids(Set<PersonId> people) {
        return people.stream().map(PersonId::value).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<Long> union(Set<Long> first, Set<Long> second) {
        Set<Long> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return all;
    }
}
