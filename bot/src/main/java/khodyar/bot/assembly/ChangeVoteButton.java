package khodyar.bot.assembly;

import khodyar.bot.assembly.internal.AssemblyNotices;
import khodyar.bot.assembly.internal.AssemblyTexts;
import khodyar.bot.chat.CallbackAction;
import khodyar.bot.chat.Turn;
import khodyar.domain.assembly.Proposal;
import khodyar.domain.assembly.ProposalId;
import khodyar.domain.assembly.Secrecy;
import khodyar.domain.group.PersonId;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** {@code vc:<proposal>}: shows an open ballot's choices again, so a member can change their vote while it is open. */
@Component
public class ChangeVoteButton implements CallbackAction {

    private final AssemblyService assembly;
    private final AssemblyNotices notices;

    public ChangeVoteButton(AssemblyService assembly, AssemblyNotices notices) {
        this.assembly = assembly;
        this.notices = notices;
    }

    @Override
    public String prefix() {
        return AssemblyTexts.CHANGE_PREFIX;
    }

    @Override
    public void onPress(Turn turn, String[] args) {
        Optional<Proposal> found = args.length == 1 ? assembly.find(new ProposalId(args[0])) : Optional.empty();
        if (found.isEmpty()) {
            turn.answerCallback(turn.text("callback.stale"));
            return;
        }
        Proposal proposal = found.get();
        AssemblyTexts texts = notices.textsFor(turn.lang(), proposal.groupId().value());
        turn.answerCallback(null);
        if (!proposal.isOpen()) {
            turn.editPressedMessage(texts.ballot(proposal) + "\n\n" + texts.text("assemblychat.ballotClosed"), null);
            return;
        }
        if (proposal.secrecy() == Secrecy.SECRET || !proposal.electorate().includes(new PersonId(turn.userId()))) {
            turn.editPressedMessage(texts.ballot(proposal), null);
            return;
        }
        turn.editPressedMessage(texts.ballot(proposal), texts.choices(proposal));
    }
}
