package khodyar.domain.roadmap;

import java.util.List;

/** The roadmap after a command, and the events the command produced (to store and to announce). */
public record RoadmapChange(GroupRoadmap roadmap, List<RoadmapEvent> events) {

    public RoadmapChange {
        events = List.copyOf(events);
    }

    public boolean changedAnything() {
        return !events.isEmpty();
    }
}
