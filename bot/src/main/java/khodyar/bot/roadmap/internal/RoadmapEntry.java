package khodyar.bot.roadmap.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One command's events in a group's roadmap log, as a single document: the {@code seq}-th append.
 * Its id is {@code groupId:seq}, and (groupId, seq) is unique, so of two concurrent appends at the
 * same place exactly one is stored and the other is recomputed on the newer log.
 */
@Document("roadmap_log")
public record RoadmapEntry(@Id String id, String groupId, long seq, List<EventDoc> events, Instant at) {

    public RoadmapEntry {
        events = List.copyOf(events);
    }

    public static String idOf(String groupId, long seq) {
        return groupId + ":" + seq;
    }
}
