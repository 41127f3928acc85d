package khodyar.bot.roadmap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import khodyar.bot.books.GroupBooks;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.roadmap.internal.RoadmapLog;
import khodyar.bot.roadmap.internal.RoadmapLog.Snapshot;
import khodyar.domain.common.Outcome;
import khodyar.domain.common.Refusal;
import khodyar.domain.roadmap.BookFacts;
import khodyar.domain.roadmap.GroupRoadmap;
import khodyar.domain.roadmap.RoadmapChange;
import khodyar.domain.roadmap.RoadmapEvent;
import org.springframework.stereotype.Component;

/**
 * Each group's roadmap: rebuilt from its log, brought up to date with the books whenever it is read
 * or acted on, and appended to in one atomic write per command. The group's stored stage is kept as
 * a cache of the roadmap's current stage.
 */
@Component
public class Roadmaps {

    /** Concurrent commands on one group retry on the newer log; this many losses in a row is a bug. */
    static final int ATTEMPTS = 8;

    private final RoadmapLog log;
    private final Groups groups;
    private final GroupBooks books;

    public Roadmaps(RoadmapLog log, Groups groups, GroupBooks books) {
        this.log = log;
        this.groups = groups;
        this.books = books;
    }

    /** A roadmap command: decides on the current roadmap and the books' facts. */
    @FunctionalInterface
    public interface RoadmapCommand {
        Outcome<RoadmapChange> decide(GroupRoadmap roadmap, BookFacts facts);
    }

    /**
     * What a command led to: the roadmap after it, every event it stored (the books' settling
     * included, to be announced), and the refusal when the command itself was refused.
     */
    public record Result(GroupRoadmap roadmap, BookFacts facts, List<RoadmapEvent> events, Optional<Refusal> refusal) {
        public Result {
            events = List.copyOf(events);
        }

        public boolean refused() {
            return refusal.isPresent();
        }
    }

    public BookFacts factsOf(String groupId) {
        return books.factsOf(groupId);
    }

    /** The roadmap now: what the books decide is completed first, and stored. */
    public Result read(GroupDoc group, Instant now) {
        return act(group, now, (roadmap, facts) -> Outcome.done(new RoadmapChange(roadmap, List.of())));
    }

    /** Runs the command on the up-to-date roadmap and stores its events in one append. */
    public Result act(GroupDoc group, Instant now, RoadmapCommand command) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Snapshot snapshot = log.read(group.id());
            BookFacts facts = factsOf(group.id());
            RoadmapChange settled = GroupRoadmap.replay(new khodyar.domain.group.GroupId(group.id()), group.createdAt(),
                    snapshot.events()).applyBooks(facts, now);
            Outcome<RoadmapChange> outcome = command.decide(settled.roadmap(), facts);
            List<RoadmapEvent> events = new ArrayList<>(settled.events());
            GroupRoadmap after = settled.roadmap();
            Optional<Refusal> refusal = Optional.empty();
            if (outcome instanceof Outcome.Done<RoadmapChange> done) {
                events.addAll(done.value().events());
                after = done.value().roadmap();
            } else if (outcome instanceof Outcome.Refused<RoadmapChange> refused) {
                refusal = Optional.of(refused.refusal());
            }
            if (events.isEmpty() || log.append(group.id(), snapshot, events, now)) {
                if (after.currentStage().number() != group.stage()) {
                    groups.setStage(group.id(), after.currentStage().number());
                }
                return new Result(after, facts, events, refusal);
            }
        }
        throw new IllegalStateException("the roadmap of group " + group.id() + " kept changing under " + ATTEMPTS + " attempts");
    }
}
