package khodyar.bot.assembly;

import khodyar.bot.assembly.internal.AssemblyNotices;
import khodyar.bot.assembly.internal.ListenerNotice;
import khodyar.bot.assembly.internal.ProposalDoc;
import khodyar.bot.assembly.internal.VoteRecord;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.bot.store.Inserts;
import khodyar.domain.assembly.AssemblyEffect;
import khodyar.domain.assembly.AssemblyEffect.BoardElected;
import khodyar.domain.assembly.AssemblyEffects;
import khodyar.domain.assembly.Choice;
import khodyar.domain.assembly.Closing;
import khodyar.domain.assembly.Decision;
import khodyar.domain.assembly.Electorate;
import khodyar.domain.assembly.Opening;
import khodyar.domain.assembly.Proposal;
import khodyar.domain.assembly.ProposalId;
import khodyar.domain.assembly.ProposalPayload;
import khodyar.domain.assembly.Secrecy;
import khodyar.domain.assembly.VoteChange;
import khodyar.domain.common.Outcome;
import khodyar.domain.common.Refusal;
import khodyar.domain.group.BoardSeats;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The general assembly as stored: opening proposals, counting votes (one per member, safe under
 * concurrent presses and redelivered updates), closing them, and carrying out what was decided:
 * the group's rules, board seats, the outcome told to everyone, and the {@link ProposalDecidedListener}s.
 * <p>
 * Nothing here logs a choice: a secret ballot's choices exist only as counts.
 */
@Component
public class AssemblyService {

    private static final Logger log = LoggerFactory.getLogger(AssemblyService.class);
    private static final int ATTEMPTS = 50;

    private final MongoTemplate mongo;
    private final Groups groups;
    private final GroupRulesStore rules;
    private final AssemblyNotices notices;
    private final ObjectProvider<ProposalDecidedListener> listeners;
    private final Clock clock;

    public AssemblyService(MongoTemplate mongo, Groups groups, GroupRulesStore rules, AssemblyNotices notices,
                           ObjectProvider<ProposalDecidedListener> listeners, Clock clock) {
        this.mongo = mongo;
        mongo.indexOps(ProposalDoc.class).createIndex(new Index("groupId", Sort.Direction.ASC));
        mongo.indexOps(ProposalDoc.class).createIndex(new Index("open", Sort.Direction.ASC).on("deadline", Sort.Direction.ASC));
        this.groups = groups;
        this.rules = rules;
        this.notices = notices;
        this.listeners = listeners;
        this.clock = clock;
    }

    /**
     * Opens a proposal to the group's members of now (facilitators never vote) and sends them their
     * ballots. {@code openingKey} names what asked for it (an update, a loan request): opening again
     * with the same key finds the same proposal and sends nothing twice.
     */
    public Outcome<Proposal> open(GroupId groupId, PersonId proposer, ProposalPayload payload, Secrecy secrecy,
                                  String openingKey) {
        ProposalId id = idFor(groupId, openingKey);
        Optional<Proposal> existing = find(id);
        if (existing.isPresent()) {
            return Outcome.done(existing.get());
        }
        Optional<Electorate> electorate = electorateOf(groupId);
        if (electorate.isEmpty()) {
            return Outcome.refused("assemblychat.refused.noMembers");
        }
        Outcome<Opening> opening = Proposal.open(id, groupId, proposer, payload, electorate.get(), secrecy,
                rules.rulesOf(groupId).votingRules(), clock.instant());
        if (opening instanceof Outcome.Refused<Opening> refused) {
            return Outcome.refused(refused.refusal());
        }
        Proposal proposal = opening.orElseThrow().proposal();
        Inserts.insertIfNew(mongo, ProposalDoc.of(proposal));
        Proposal stored = find(id).orElseThrow();
        notices.opened(stored);
        log.info("proposal {} of kind {} opened in group {} for {} voters", id.value(), stored.kind(),
                groupId.value(), stored.electorate().size());
        return Outcome.done(stored);
    }

    /** Opens a proposal with its kind's usual secrecy (elections secret, the rest open). */
    public Outcome<Proposal> open(GroupId groupId, PersonId proposer, ProposalPayload payload, String openingKey) {
        return open(groupId, proposer, payload, payload.kind().usualSecrecy(), openingKey);
    }

    /**
     * Records a member's vote. Read, count in the domain, write back only if the proposal's version
     * has not moved; otherwise read again. A repeated press is "already recorded", also in a secret
     * ballot (where a different second choice is never taken).
     */
    public VoteResult vote(ProposalId id, PersonId voter, Choice choice, Instant at) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ProposalDoc doc = mongo.findById(id.value(), ProposalDoc.class);
            if (doc == null) {
                return VoteResult.unknown();
            }
            Proposal proposal = doc.toProposal();
            if (proposal.isOpen() && proposal.secrecy() == Secrecy.SECRET && proposal.hasVoted(voter)) {
                return VoteResult.of(VoteResult.Status.ALREADY_RECORDED, proposal);
            }
            Instant when = at.isBefore(proposal.openedAt()) ? proposal.openedAt() : at;
            Outcome<VoteChange> cast = proposal.castVote(voter, choice, when);
            if (cast instanceof Outcome.Refused<VoteChange> refused) {
                return VoteResult.refused(refused.refusal(), proposal);
            }
            VoteChange change = cast.orElseThrow();
            if (!change.changedAnything()) {
                return VoteResult.of(VoteResult.Status.ALREADY_RECORDED, proposal);
            }
            try {
                mongo.save(doc.with(change.proposal(), clock.instant()));
            } catch (OptimisticLockingFailureException votedMeanwhile) {
                continue;
            }
            Inserts.insertIfNew(mongo, VoteRecord.of(id.value(), voter.value()));
            if (!change.proposal().isOpen()) {
                settle(id);
            }
            return VoteResult.of(VoteResult.Status.RECORDED, change.proposal());
        }
        throw new IllegalStateException("proposal " + id.value() + " kept changing under a vote; gave up");
    }

    public Optional<Proposal> find(ProposalId id) {
        return Optional.ofNullable(mongo.findById(id.value(), ProposalDoc.class)).map(ProposalDoc::toProposal);
    }

    public List<Proposal> openProposals(GroupId groupId) {
        return mongo.find(Query.query(Criteria.where("groupId").is(groupId.value()).and("open").is(true))
                .with(Sort.by("openedAt")), ProposalDoc.class).stream().map(ProposalDoc::toProposal).toList();
    }

    /** Every proposal of the group, newest first: the assembly's records. */
    public List<Proposal> proposalsOf(GroupId groupId) {
        return mongo.find(Query.query(Criteria.where("groupId").is(groupId.value()))
                .with(Sort.by(Sort.Direction.DESC, "openedAt")), ProposalDoc.class).stream()
                .map(ProposalDoc::toProposal).toList();
    }

    /** Closes the open proposals whose deadline has come, as of {@code now}, and settles them. */
    public void closeDue(Instant now) {
        List<ProposalDoc> due = mongo.find(Query.query(Criteria.where("open").is(true).and("deadline").lte(now)),
                ProposalDoc.class);
        for (ProposalDoc doc : due) {
            closeIfDue(new ProposalId(doc.id()), now);
        }
    }

    /** Open proposals whose deadline is within the given time of {@code now}. */
    public List<Proposal> closingBefore(Instant instant) {
        return mongo.find(Query.query(Criteria.where("open").is(true).and("deadline").lte(instant)), ProposalDoc.class)
                .stream().map(ProposalDoc::toProposal).toList();
    }

    /** Decided proposals not fully carried out (the process stopped midway), decided before {@code before}. */
    public void settleLeftovers(Instant before) {
        mongo.find(Query.query(Criteria.where("open").is(false).and("settled").is(false)
                        .and("decisionStoredAt").lte(before)), ProposalDoc.class)
                .forEach(doc -> settle(new ProposalId(doc.id())));
    }

    private void closeIfDue(ProposalId id, Instant now) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ProposalDoc doc = mongo.findById(id.value(), ProposalDoc.class);
            Proposal proposal = doc.toProposal();
            if (!proposal.isOpen()) {
                return;
            }
            Optional<Closing> closing = proposal.closeIfDue(now);
            if (closing.isEmpty()) {
                return;
            }
            try {
                mongo.save(doc.with(closing.get().proposal(), clock.instant()));
            } catch (OptimisticLockingFailureException votedMeanwhile) {
                continue;
            }
            settle(id);
            return;
        }
        throw new IllegalStateException("proposal " + id.value() + " kept changing while closing; gave up");
    }

    /**
     * Carries out a stored decision: the rules, the board seats, the outcome told, the listeners.
     * Each part is idempotent, so settling again after a crash repeats nothing.
     */
    void settle(ProposalId id) {
        ProposalDoc doc = mongo.findById(id.value(), ProposalDoc.class);
        if (doc == null || doc.open() || doc.settled()) {
            return;
        }
        Proposal proposal = doc.toProposal();
        Decision decision = proposal.decision().orElseThrow();
        List<AssemblyEffect> effects = AssemblyEffects.of(proposal);
        rules.apply(proposal.groupId(), id, effects);
        effects.forEach(effect -> {
            if (effect instanceof BoardElected elected) {
                takeSeat(proposal.groupId(), elected);
            }
        });
        notices.decided(proposal);
        boolean everyoneTold = true;
        for (ProposalDecidedListener listener : listeners.orderedStream().toList()) {
            String noticeId = id.value() + ":" + listener.getClass().getName();
            if (mongo.findById(noticeId, ListenerNotice.class) != null) {
                continue;
            }
            try {
                listener.decided(proposal, decision, effects);
                Inserts.insertIfNew(mongo, new ListenerNotice(noticeId));
            } catch (RuntimeException e) {
                everyoneTold = false;
                log.error("listener {} failed on proposal {}; it will be called again", listener.getClass().getName(),
                        id.value(), e);
            }
        }
        log.info("proposal {} decided: {} ({})", id.value(), decision.verdict(), decision.reason());
        if (everyoneTold) {
            markSettled(id);
        }
    }

    private void markSettled(ProposalId id) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ProposalDoc doc = mongo.findById(id.value(), ProposalDoc.class);
            try {
                mongo.save(doc.settledNow());
                return;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                // read again
            }
        }
    }

    private void takeSeat(GroupId groupId, BoardElected elected) {
        List<Membership> members = groups.members(groupId.value());
        Map<PersonId, Role> seats = new LinkedHashMap<>();
        members.forEach(m -> seats.put(new PersonId(m.userId()), m.role()));
        Outcome<Map<PersonId, Role>> assigned = BoardSeats.assign(seats, elected.person(), elected.seat());
        if (assigned instanceof Outcome.Refused<Map<PersonId, Role>> refused) {
            log.warn("board seat {} not taken in group {}: {}", elected.seat(), groupId.value(),
                    refused.refusal().reasonKey());
            return;
        }
        Map<PersonId, Role> next = assigned.orElseThrow();
        for (Membership member : members) {
            Role now = next.get(new PersonId(member.userId()));
            if (now != member.role()) {
                groups.setRole(groupId.value(), member.userId(), now);
            }
        }
    }

    private Optional<Electorate> electorateOf(GroupId groupId) {
        Set<Long> facilitators = groups.find(groupId.value()).map(GroupDoc::facilitatorIds).orElse(Set.of());
        Map<PersonId, Set<Role>> roles = new LinkedHashMap<>();
        for (Membership member : groups.members(groupId.value())) {
            Set<Role> held = EnumSet.of(Role.MEMBER, member.role());
            if (facilitators.contains(member.userId())) {
                held.add(Role.FACILITATOR);
            }
            roles.put(new PersonId(member.userId()), held);
        }
        boolean anyVoter = roles.values().stream().anyMatch(held -> !held.contains(Role.FACILITATOR));
        return anyVoter ? Optional.of(Electorate.ofGroup(roles)) : Optional.empty();
    }

    /** A short id (button data has 64 bytes) fixed by the group and what asked for the proposal. */
    static ProposalId idFor(GroupId groupId, String openingKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((groupId.value() + "|" + openingKey).getBytes(StandardCharsets.UTF_8));
            return new ProposalId("p" + HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
