package khodyar.bot.simulator;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The people on the simulator's page, kept in the store so that a restart keeps them (their chats
 * with the bot start afresh: the stand-in keeps messages in memory only).
 */
public class SimulatorPeople {

    /** Telegram-like user ids; the first person, who gets this one, administers the deployment. */
    public static final long ADMIN_ID = 5_100_000_001L;

    private final MongoTemplate mongo;
    private final Clock clock;

    SimulatorPeople(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public List<SimPerson> all() {
        return mongo.find(new Query().with(Sort.by("_id")), SimPerson.class);
    }

    public Optional<SimPerson> find(long id) {
        return Optional.ofNullable(mongo.findById(id, SimPerson.class));
    }

    public Optional<SimPerson> admin() {
        return find(ADMIN_ID);
    }

    /** Adds someone with the next free id; whoever is added while the admin is missing becomes the admin. */
    public synchronized SimPerson add(String name, boolean demo) {
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("a person needs a name");
        }
        long id = admin().isEmpty() ? ADMIN_ID : all().stream().mapToLong(SimPerson::id).max().orElse(ADMIN_ID) + 1;
        SimPerson person = new SimPerson(id, cleaned.length() > 64 ? cleaned.substring(0, 64) : cleaned, demo,
                clock.instant());
        mongo.insert(person);
        return person;
    }

    /** Removes the demo's people from the page; the bot keeps what they did. */
    public List<SimPerson> removeDemo() {
        return mongo.findAllAndRemove(Query.query(Criteria.where("demo").is(true)), SimPerson.class);
    }
}
