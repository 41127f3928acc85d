package khodyar.bot.assembly;

import khodyar.domain.assembly.Proposal;
import khodyar.domain.common.Refusal;

import java.util.Optional;

/** What came of a press of a ballot button. */
public record VoteResult(Status status, Optional<Proposal> proposal, Optional<Refusal> refusal) {

    public enum Status {
        /** The vote is in (new, or a changed choice in an open ballot). */
        RECORDED,
        /** The same vote again (a second press, a redelivered update): nothing changed. */
        ALREADY_RECORDED,
        REFUSED,
        /** No such proposal (an old or forged button). */
        UNKNOWN
    }

    static VoteResult of(Status status, Proposal proposal) {
        return new VoteResult(status, Optional.of(proposal), Optional.empty());
    }

    static VoteResult refused(Refusal refusal, Proposal proposal) {
        return new VoteResult(Status.REFUSED, Optional.of(proposal), Optional.of(refusal));
    }

    static VoteResult unknown() {
        return new VoteResult(Status.UNKNOWN, Optional.empty(), Optional.empty());
    }
}
