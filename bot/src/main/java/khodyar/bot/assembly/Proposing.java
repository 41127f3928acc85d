package khodyar.bot.assembly;

import khodyar.bot.assembly.internal.AssemblyNotices;
import khodyar.bot.assembly.internal.AssemblyTexts;
import khodyar.bot.assembly.internal.RatePercent;
import khodyar.bot.chat.Access;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.domain.assembly.Proposal;
import khodyar.domain.assembly.ProposalPayload;
import khodyar.domain.assembly.RateTerms;
import khodyar.domain.common.Outcome;
import khodyar.domain.common.Refusal;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.Permission;
import khodyar.domain.group.PersonId;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Optional;

/** Opening a proposal from the chat, for the typed command, the menu's flow and its buttons alike. */
@Component
public class Proposing {

    private final AssemblyService assembly;
    private final AssemblyNotices notices;
    private final Access access;

    public Proposing(AssemblyService assembly, AssemblyNotices notices, Access access) {
        this.assembly = assembly;
        this.notices = notices;
        this.access = access;
    }

    /** Whether the person may propose in their active group; if not, they are told why. */
    public boolean mayPropose(Turn turn) {
        Optional<Refusal> refusal = access.check(turn, Permission.PROPOSE);
        refusal.ifPresent(r -> {
            turn.answerCallback(turn.text(r));
            turn.reply(r);
        });
        return refusal.isEmpty();
    }

    /** Opens a rate proposal from typed text; false (and the person told what to type) when it is not a rate. */
    public boolean openRate(Turn turn, String typed, String openingKey) {
        Outcome<BigDecimal> percent = RatePercent.parse(typed);
        if (percent instanceof Outcome.Refused<BigDecimal> refused) {
            turn.reply(refused.refusal());
            return false;
        }
        return open(turn, RateTerms.percentPerYear(percent.orElseThrow()), openingKey);
    }

    /** The id a proposal opened in the group with this key gets, to record what it is about before it opens. */
    public String proposalIdFor(String groupId, String openingKey) {
        return AssemblyService.idFor(new GroupId(groupId), openingKey).value();
    }

    /** Opens the proposal and tells the proposer; false with the reason when it cannot be opened. */
    public boolean open(Turn turn, ProposalPayload payload, String openingKey) {
        GroupDoc group = turn.group().orElseThrow();
        Outcome<Proposal> opened = assembly.open(new GroupId(group.id()), new PersonId(turn.userId()), payload,
                openingKey);
        if (opened instanceof Outcome.Refused<Proposal> refused) {
            turn.reply(refused.refusal());
            return false;
        }
        Proposal proposal = opened.orElseThrow();
        AssemblyTexts texts = notices.textsFor(turn.lang(), group.id());
        turn.reply("assemblychat.opened", texts.text(proposal.kind().messageKey()),
                texts.description(proposal.payload()), proposal.electorate().size(), texts.date(proposal.deadline()));
        return true;
    }
}
