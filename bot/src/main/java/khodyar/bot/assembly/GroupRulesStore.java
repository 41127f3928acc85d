package khodyar.bot.assembly;

import khodyar.bot.assembly.internal.GroupRulesDoc;
import khodyar.bot.store.Inserts;
import khodyar.domain.assembly.AssemblyEffect;
import khodyar.domain.assembly.GroupRules;
import khodyar.domain.assembly.ProposalId;
import khodyar.domain.group.GroupId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Each group's rules as its general assembly has set them: the contract's defaults until a decided
 * proposal changes them (the rate, C4; the savings agreement, O3; the constitution, O2).
 */
@Component
public class GroupRulesStore {

    private static final int ATTEMPTS = 20;

    private final MongoTemplate mongo;

    public GroupRulesStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public GroupRules rulesOf(GroupId groupId) {
        GroupRulesDoc stored = mongo.findById(groupId.value(), GroupRulesDoc.class);
        return stored == null ? GroupRules.defaults() : stored.toRules();
    }

    /** Whether the assembly has decided the internal-loan interest rate (roadmap step C4). */
    public boolean interestRateDecided(GroupId groupId) {
        return rulesOf(groupId).interestDecided();
    }

    /**
     * Applies a decided proposal's effects to the group's rules, once: applying the same proposal
     * again changes nothing. Concurrent changes are retried on the version check.
     */
    public GroupRules apply(GroupId groupId, ProposalId proposalId, List<AssemblyEffect> effects) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            GroupRulesDoc stored = mongo.findById(groupId.value(), GroupRulesDoc.class);
            if (stored == null) {
                Inserts.insertIfNew(mongo, GroupRulesDoc.of(groupId.value(), GroupRules.defaults(), List.of(), null));
                continue;
            }
            if (stored.appliedProposals().contains(proposalId.value())) {
                return stored.toRules();
            }
            GroupRules rules = stored.toRules();
            for (AssemblyEffect effect : effects) {
                rules = rules.after(effect);
            }
            List<String> applied = new ArrayList<>(stored.appliedProposals());
            applied.add(proposalId.value());
            try {
                mongo.save(GroupRulesDoc.of(groupId.value(), rules, applied, stored.version()));
                return rules;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                // someone else changed the rules: read them again
            }
        }
        throw new IllegalStateException("group rules of " + groupId.value() + " kept changing; gave up");
    }
}
