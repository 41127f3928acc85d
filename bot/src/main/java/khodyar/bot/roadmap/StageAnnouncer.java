package khodyar.bot.roadmap;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.people.People;
import khodyar.bot.telegram.outbound.OutMessage.Priority;
import khodyar.domain.roadmap.RoadmapEvent;
import khodyar.domain.roadmap.RoadmapEvent.RoadmapFinished;
import khodyar.domain.roadmap.RoadmapEvent.StageAdvanced;
import org.springframework.stereotype.Component;

/** Tells every member and the group's facilitators when the group reaches a new stage or finishes the roadmap. */
@Component
public class StageAnnouncer {

    private final Groups groups;
    private final People people;

    public StageAnnouncer(Groups groups, People people) {
        this.groups = groups;
        this.people = people;
    }

    public void announce(Turn turn, GroupDoc group, List<RoadmapEvent> events) {
        for (RoadmapEvent event : events) {
            if (event instanceof StageAdvanced advanced) {
                tellEveryone(turn, group, lang -> turn.text(lang, "roadmap.announce.stageAdvanced", group.name(),
                        advanced.to().number(), turn.text(lang, advanced.to().titleKey())));
            } else if (event instanceof RoadmapFinished) {
                tellEveryone(turn, group, lang -> turn.text(lang, "roadmap.announce.finished", group.name()));
            }
        }
    }

    private void tellEveryone(Turn turn, GroupDoc group, Function<Lang, String> text) {
        Set<Long> readers = new LinkedHashSet<>();
        groups.members(group.id()).stream().map(Membership::userId).forEach(readers::add);
        readers.addAll(group.facilitatorIds());
        for (long reader : readers) {
            Lang lang = people.find(reader).map(p -> Lang.of(p.lang())).orElse(Lang.FA);
            turn.notify(reader, Priority.BROADCAST, text.apply(lang), null);
        }
    }
}
