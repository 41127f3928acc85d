package khodyar.bot.assembly.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That a member has voted on a proposal, under the unique id {@code <proposal>:<member>}: never how,
 * and not when (a time next to the counts' history could hint at a secret choice). It backs the
 * proposal document's own voter list and lets "who has not voted" be asked without loading ballots.
 */
@Document("assembly_votes")
public record VoteRecord(@Id String id, String proposalId, long voter) {

    public static VoteRecord of(String proposalId, long voter) {
        return new VoteRecord(proposalId + ":" + voter, proposalId, voter);
    }
}
