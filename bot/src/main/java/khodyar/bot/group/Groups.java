package khodyar.bot.group;

import khodyar.bot.store.Inserts;
import khodyar.domain.group.Role;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Groups, their members and their invites, as stored. */
@Component
public class Groups {

    static final Duration STAFF_INVITE_LIFETIME = Duration.ofDays(7);
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoTemplate mongo;
    private final Clock clock;

    public Groups(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Creates a group at stage 1, its creator its facilitator. The id comes from the update that asked
     * for it, so handling that update again finds the same group instead of making a second one.
     */
    public GroupDoc create(String name, long creatorId, long updateId) {
        String id = "g" + Long.toString(updateId, 36);
        String inviteCode = "j" + randomCode(15);
        GroupDoc group = new GroupDoc(id, name, 1, Set.of(creatorId), Set.of(), Set.of(), inviteCode, null,
                creatorId, clock.instant());
        if (Inserts.insertIfNew(mongo, group)) {
            Inserts.insertIfNew(mongo, new Invite(inviteCode, Role.MEMBER, id, creatorId, clock.instant(), null, null));
            return group;
        }
        return mongo.findById(id, GroupDoc.class);
    }

    public Invite createStaffInvite(Role role, long createdBy, String groupId) {
        Instant now = clock.instant();
        Invite invite = new Invite("s" + randomCode(20), role, groupId, createdBy, now, now.plus(STAFF_INVITE_LIFETIME), null);
        mongo.insert(invite);
        return invite;
    }

    public Optional<Invite> invite(String code) {
        return Optional.ofNullable(mongo.findById(code, Invite.class));
    }

    /** Marks a single-use invite used by this person; false when someone else used it first. */
    public boolean useStaffInvite(Invite invite, long userId) {
        Invite updated = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(invite.code())
                        .orOperator(Criteria.where("usedBy").is(null), Criteria.where("usedBy").is(userId))),
                Update.update("usedBy", userId), Invite.class);
        return updated != null;
    }

    public Optional<GroupDoc> find(String groupId) {
        return groupId == null ? Optional.empty() : Optional.ofNullable(mongo.findById(groupId, GroupDoc.class));
    }

    /** Adds the person to the group; false when they were a member already. */
    public boolean join(GroupDoc group, long userId, String name, long joinOrder) {
        return Inserts.insertIfNew(mongo, new Membership(Membership.idOf(group.id(), userId), group.id(), userId, name,
                Role.MEMBER, joinOrder, clock.instant(), null, null));
    }

    public Optional<Membership> membership(String groupId, long userId) {
        return Optional.ofNullable(mongo.findById(Membership.idOf(groupId, userId), Membership.class));
    }

    /** The members in the order they joined: their place in this list is the number people type. */
    public List<Membership> members(String groupId) {
        return mongo.find(Query.query(Criteria.where("groupId").is(groupId)).with(Sort.by("joinOrder", "userId")),
                Membership.class);
    }

    public List<Membership> membershipsOf(long userId) {
        return mongo.find(Query.query(Criteria.where("userId").is(userId)).with(Sort.by("joinOrder")), Membership.class);
    }

    public List<GroupDoc> groupsWithStaff(long userId) {
        return mongo.find(Query.query(new Criteria().orOperator(
                Criteria.where("facilitatorIds").is(userId),
                Criteria.where("localImplementerIds").is(userId),
                Criteria.where("parentExpertIds").is(userId),
                Criteria.where("counsellorIds").is(userId))).with(Sort.by("createdAt")), GroupDoc.class);
    }

    public void setRole(String groupId, long userId, Role role) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(Membership.idOf(groupId, userId))),
                Update.update("role", role), Membership.class);
    }

    /** Keeps the group's stage, a cache of its roadmap's current stage (the roadmap log is the truth). */
    public void setStage(String groupId, int stage) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(groupId)), Update.update("stage", stage), GroupDoc.class);
    }

    public void setProfile(String groupId, long userId, String field, Object value) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(Membership.idOf(groupId, userId))),
                Update.update(field, value), Membership.class);
    }

    public void addStaff(String groupId, Role role, long userId) {
        String field = switch (role) {
            case FACILITATOR -> "facilitatorIds";
            case LOCAL_IMPLEMENTER -> "localImplementerIds";
            case PARENT_EXPERT -> "parentExpertIds";
            case COUNSELLOR -> "counsellorIds";
            default -> throw new IllegalArgumentException("not a staff role: " + role);
        };
        mongo.updateFirst(Query.query(Criteria.where("_id").is(groupId)), new Update().addToSet(field, userId), GroupDoc.class);
    }

    private static String randomCode(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
