package khodyar.bot.roadmap;

import java.util.List;
import java.util.Optional;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.Permission;
import khodyar.domain.text.PersianInput;
import org.springframework.stereotype.Component;

/** {@code /assess <n>}: the facilitator or a counsellor fills in member n's stage-1 assessment. */
@Component
public class AssessCommand implements Command {

    private final Groups groups;
    private final AssessmentFlow flow;

    public AssessCommand(Groups groups, AssessmentFlow flow) {
        this.groups = groups;
        this.flow = flow;
    }

    @Override
    public List<String> names() {
        return List.of("assess");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.ASSESS_PERSON);
    }

    @Override
    public void run(Turn turn, String args) {
        GroupDoc group = turn.group().orElseThrow();
        Optional<Membership> member = memberNumbered(groups, group, args);
        if (member.isEmpty()) {
            turn.reply("assess.usage", groups.members(group.id()).size());
            return;
        }
        flow.start(turn, group, member.get());
    }

    /** Member n as {@code /members} numbers them; empty for anything else. */
    static Optional<Membership> memberNumbered(Groups groups, GroupDoc group, String typed) {
        List<Membership> members = groups.members(group.id());
        Outcome<Long> number = PersianInput.parseWholeNumber(typed);
        if (number instanceof Outcome.Done<Long> done && done.value() >= 1 && done.value() <= members.size()) {
            return Optional.of(members.get((int) (done.value() - 1)));
        }
        return Optional.empty();
    }
}
