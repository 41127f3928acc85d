package khodyar.bot.assembly;

import khodyar.bot.assembly.internal.AssemblyNotices;
import khodyar.bot.assembly.internal.AssemblyTexts;
import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.domain.assembly.OpenBallot;
import khodyar.domain.assembly.Proposal;
import khodyar.domain.assembly.Secrecy;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.Permission;
import khodyar.domain.group.PersonId;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * {@code /votes}: the group's open votes, one message each: with its buttons for a member who may
 * vote, with the recorded vote for one who has, read-only for everyone else (facilitators, members
 * who joined after it opened).
 */
@Component
public class VotesCommand implements Command {

    private final AssemblyService assembly;
    private final AssemblyNotices notices;

    public VotesCommand(AssemblyService assembly, AssemblyNotices notices) {
        this.assembly = assembly;
        this.notices = notices;
    }

    @Override
    public List<String> names() {
        return List.of("votes");
    }

    @Override
    public Optional<String> menuKey() {
        return Optional.of("menu.votes");
    }

    /** Whoever may see the group's members may see its votes; only the electorate gets buttons. */
    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.VIEW_MEMBERS);
    }

    @Override
    public void run(Turn turn, String args) {
        String groupId = turn.group().orElseThrow().id();
        List<Proposal> open = assembly.openProposals(new GroupId(groupId));
        if (open.isEmpty()) {
            turn.reply("assemblychat.votes.none");
            return;
        }
        AssemblyTexts texts = notices.textsFor(turn.lang(), groupId);
        PersonId me = new PersonId(turn.userId());
        for (Proposal proposal : open) {
            String ballot = texts.ballot(proposal) + "\n" + texts.runningCounts(proposal);
            if (!proposal.electorate().includes(me)) {
                turn.replyText(ballot + "\n\n" + texts.text("assembly.refused.notEligible"), null);
            } else if (!proposal.hasVoted(me)) {
                turn.replyText(ballot, texts.choices(proposal));
            } else if (proposal.secrecy() == Secrecy.SECRET) {
                turn.replyText(texts.afterVote(proposal, null), null);
            } else {
                turn.replyText(texts.afterVote(proposal, ((OpenBallot) proposal.ballot()).choiceOf(me)),
                        texts.changeButton(proposal));
            }
        }
    }
}
