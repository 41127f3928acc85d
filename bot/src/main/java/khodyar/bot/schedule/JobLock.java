package khodyar.bot.schedule;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Runs a scheduled job on one instance at a time: a lease in the store, taken with one atomic
 * update, so several bot instances (or a restarted one) never run the same job together. What a job
 * sends goes to the outbound queue under ids chosen from what it is about (the meeting, the person,
 * the day), so a job run twice still sends each message once.
 */
@Component
public class JobLock {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    public JobLock(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Runs the job if no other instance holds its lease; returns whether it ran. */
    public boolean runExclusively(String job, Duration lease, Runnable work) {
        Instant now = clock.instant();
        if (!acquire(job, now, now.plus(lease))) {
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(job).and("owner").is(owner)),
                    Update.update("until", clock.instant()), Lease.class);
        }
    }

    private boolean acquire(String job, Instant now, Instant until) {
        Lease taken = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(job).orOperator(
                        Criteria.where("until").lte(now), Criteria.where("owner").is(owner))),
                new Update().set("owner", owner).set("until", until), Lease.class);
        if (taken != null) {
            return true;
        }
        try {
            mongo.insert(new Lease(job, owner, until));
            return true;
        } catch (DuplicateKeyException heldElsewhere) {
            return false;
        }
    }

    @Document("locks")
    record Lease(@Id String job, String owner, Instant until) {
    }
}
