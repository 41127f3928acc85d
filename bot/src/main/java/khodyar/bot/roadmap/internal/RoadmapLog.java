package khodyar.bot.roadmap.internal;

import java.time.Instant;
import java.util.List;

import khodyar.bot.store.Inserts;
import khodyar.domain.roadmap.RoadmapEvent;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Each group's roadmap as its append-only event log. */
@Component
public class RoadmapLog {

    private final MongoTemplate mongo;

    public RoadmapLog(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(RoadmapEntry.class).createIndex(
                new Index("groupId", Sort.Direction.ASC).on("seq", Sort.Direction.ASC).unique());
        // MongoDB reads a group's log through the index above; the embedded store only uses a
        // unique index for a query on all of its fields, so it needs one on the group alone
        mongo.indexOps(RoadmapEntry.class).createIndex(new Index("groupId", Sort.Direction.ASC));
    }

    /** The group's log so far: its events oldest first, and the seq of its last append. */
    public Snapshot read(String groupId) {
        List<RoadmapEntry> entries = mongo.find(Query.query(Criteria.where("groupId").is(groupId)).with(Sort.by("seq")),
                RoadmapEntry.class);
        List<RoadmapEvent> events = entries.stream()
                .flatMap(entry -> entry.events().stream())
                .map(EventDoc::toEvent)
                .toList();
        return new Snapshot(events, entries.isEmpty() ? 0 : entries.get(entries.size() - 1).seq());
    }

    /** Appends the events after the snapshot; false when someone else appended there first. */
    public boolean append(String groupId, Snapshot after, List<RoadmapEvent> events, Instant at) {
        long seq = after.appends() + 1L;
        return Inserts.insertIfNew(mongo, new RoadmapEntry(RoadmapEntry.idOf(groupId, seq), groupId, seq,
                events.stream().map(EventDoc::of).toList(), at));
    }

    public record Snapshot(List<RoadmapEvent> events, long appends) {
        public Snapshot {
            events = List.copyOf(events);
        }
    }
}
