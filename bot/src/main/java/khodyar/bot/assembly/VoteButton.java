package khodyar.bot.assembly;

import khodyar.bot.assembly.internal.AssemblyNotices;
import khodyar.bot.assembly.internal.AssemblyTexts;
import khodyar.bot.assembly.internal.ChoiceCodes;
import khodyar.bot.assembly.internal.InboxRedaction;
import khodyar.bot.chat.CallbackAction;
import khodyar.bot.chat.Turn;
import khodyar.domain.assembly.AssemblyReasons;
import khodyar.domain.assembly.Choice;
import khodyar.domain.assembly.Proposal;
import khodyar.domain.assembly.ProposalId;
import khodyar.domain.assembly.Secrecy;
import khodyar.domain.group.PersonId;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * A press of a ballot button ({@code v:<proposal>:<option>}): the vote is counted once, the press is
 * answered, and the ballot is edited to show the recorded vote: the choice in an open ballot (with a
 * button to change it), only "recorded" in a secret one.
 */
@Component
public class VoteButton implements CallbackAction {

    private final AssemblyService assembly;
    private final AssemblyNotices notices;
    private final InboxRedaction redaction;

    public VoteButton(AssemblyService assembly, AssemblyNotices notices, InboxRedaction redaction) {
        this.assembly = assembly;
        this.notices = notices;
        this.redaction = redaction;
    }

    @Override
    public String prefix() {
        return AssemblyTexts.VOTE_PREFIX;
    }

    @Override
    public void onPress(Turn turn, String[] args) {
        Optional<Choice> choice = args.length == 2 ? ChoiceCodes.choice(args[1]) : Optional.empty();
        if (choice.isEmpty()) {
            turn.answerCallback(turn.text("callback.stale"));
            return;
        }
        ProposalId id = new ProposalId(args[0]);
        VoteResult result = assembly.vote(id, new PersonId(turn.userId()), choice.get(), turn.now());
        if (result.status() == VoteResult.Status.UNKNOWN) {
            turn.answerCallback(turn.text("callback.stale"));
            return;
        }
        Proposal proposal = result.proposal().orElseThrow();
        AssemblyTexts texts = notices.textsFor(turn.lang(), proposal.groupId().value());
        if (proposal.secrecy() == Secrecy.SECRET) {
            redaction.forgetChoice(turn.in().updateId(), turn.in().callbackData());
        }
        if (result.status() == VoteResult.Status.REFUSED) {
            String why = turn.text(result.refusal().orElseThrow());
            turn.answerCallback(why);
            boolean closed = AssemblyReasons.CLOSED.equals(result.refusal().get().reasonKey());
            turn.editPressedMessage(texts.ballot(proposal) + "\n\n"
                    + (closed ? texts.text("assemblychat.ballotClosed") : why), null);
            return;
        }
        boolean secret = proposal.secrecy() == Secrecy.SECRET;
        turn.answerCallback(secret ? texts.text("assemblychat.recorded")
                : texts.text("assemblychat.recordedChoice", texts.label(choice.get())));
        boolean stillOpen = proposal.isOpen();
        turn.editPressedMessage(texts.afterVote(proposal, choice.get()),
                !secret && stillOpen ? texts.changeButton(proposal) : null);
    }
}
