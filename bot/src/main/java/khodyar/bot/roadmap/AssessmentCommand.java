package khodyar.bot.roadmap;

import java.util.List;
import java.util.Optional;

import khodyar.bot.chat.Access;
import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.domain.group.Permission;
import khodyar.domain.roadmap.Assessment;
import org.springframework.stereotype.Component;

/**
 * {@code /assessment [n]}: a member reads their own assessment; the facilitator or a counsellor reads
 * member n's. The counsellor's note shows only to counsellors and the facilitator.
 */
@Component
public class AssessmentCommand implements Command {

    private final Groups groups;
    private final Assessments assessments;
    private final Access access;

    public AssessmentCommand(Groups groups, Assessments assessments, Access access) {
        this.groups = groups;
        this.assessments = assessments;
        this.access = access;
    }

    @Override
    public List<String> names() {
        return List.of("assessment");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.VIEW_ROADMAP);
    }

    @Override
    public void run(Turn turn, String args) {
        GroupDoc group = turn.group().orElseThrow();
        Optional<Membership> member;
        if (access.allows(turn, Permission.ASSESS_PERSON) && !args.isBlank()) {
            member = AssessCommand.memberNumbered(groups, group, args);
        } else {
            member = turn.membership();
        }
        if (member.isEmpty()) {
            turn.reply("assess.usage", groups.members(group.id()).size());
            return;
        }
        Optional<Assessment> assessment = assessments.of(group.id(), member.get().userId());
        if (assessment.isEmpty()) {
            turn.reply("assess.none", member.get().name());
            return;
        }
        turn.replyText(describe(turn, member.get(), assessment.get().visibleTo(turn.roles())), null);
    }

    private static String describe(Turn turn, Membership member, Assessment a) {
        StringBuilder text = new StringBuilder(turn.text("assess.title", member.name()));
        line(turn, text, "assessment.abilitiesAndSkills", a.abilitiesAndSkills());
        line(turn, text, "assessment.proposedJob", a.proposedJob());
        line(turn, text, "assessment.goalInJoining", a.goalInJoining());
        line(turn, text, "assessment.aidRecipient", yesNo(turn, a.economicSituation().aidRecipient()));
        line(turn, text, "assessment.receivesFoodRations", yesNo(turn, a.economicSituation().receivesFoodRations()));
        line(turn, text, "assessment.receivesLivingAllowance", yesNo(turn, a.economicSituation().receivesLivingAllowance()));
        line(turn, text, "assessment.medicalFollowUpPlanned", yesNo(turn, a.medicalFollowUpPlanned()));
        line(turn, text, "assessment.psychologicalFollowUpPlanned", yesNo(turn, a.psychologicalFollowUpPlanned()));
        a.counsellorNote().ifPresent(note -> line(turn, text, "assessment.counsellorNote", note));
        if (a.needsSideSupport()) {
            text.append('\n').append(turn.text("assess.needsSideSupport"));
        }
        return text.toString();
    }

    private static void line(Turn turn, StringBuilder text, String labelKey, String value) {
        text.append('\n').append(turn.text("assess.line", turn.text(labelKey), value.isEmpty() ? "-" : value));
    }

    private static String yesNo(Turn turn, boolean value) {
        return turn.text(value ? "button.yes" : "button.no");
    }
}
