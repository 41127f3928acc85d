package khodyar.bot.people;

import khodyar.bot.store.Inserts;
import khodyar.domain.group.Role;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The people the bot knows. */
@Component
public class People {

    private final MongoTemplate mongo;
    private final Clock clock;

    public People(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * The person behind a Telegram user, created on first contact; their Telegram name is kept current.
     * Runs on every update, so it only reads unless the person is new or renamed. The same user can
     * speak in two chats (two lanes) at once: an insert that finds the person there already reads them.
     */
    public Person meet(long userId, String name, String username) {
        Person known = mongo.findById(userId, Person.class);
        if (known == null) {
            // the store keeps milliseconds: the person returned is the person stored
            Person fresh = new Person(userId, name, username, "fa", null, Set.of(), null,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS));
            if (Inserts.insertIfNew(mongo, fresh)) {
                return fresh;
            }
            known = mongo.findById(userId, Person.class);
        }
        if (Objects.equals(known.name(), name) && Objects.equals(known.username(), username)) {
            return known;
        }
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(userId)),
                new Update().set("name", name).set("username", username),
                FindAndModifyOptions.options().returnNew(true), Person.class);
    }

    public Optional<Person> find(long userId) {
        return Optional.ofNullable(mongo.findById(userId, Person.class));
    }

    public List<Person> findAll(Collection<Long> userIds) {
        return mongo.find(Query.query(Criteria.where("_id").in(userIds)), Person.class);
    }

    public void setLang(long userId, String lang) {
        set(userId, "lang", lang);
    }

    public void setActiveGroup(long userId, String groupId) {
        set(userId, "activeGroupId", groupId);
    }

    public void setPhone(long userId, String phone) {
        set(userId, "phone", phone);
    }

    public void grantStaffRole(long userId, Role role) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(userId)), new Update().addToSet("staffRoles", role), Person.class);
    }

    private void set(long userId, String field, Object value) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(userId)), Update.update(field, value), Person.class);
    }
}
