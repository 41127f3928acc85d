package khodyar.bot.assembly.internal;

import khodyar.domain.assembly.GroupRules;
import khodyar.domain.assembly.Majority;
import khodyar.domain.assembly.Quorum;
import khodyar.domain.assembly.RateTerms;
import khodyar.domain.assembly.SavingsRhythm;
import khodyar.domain.assembly.SavingsTerms;
import khodyar.domain.assembly.VotingRules;
import khodyar.domain.money.Money;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A group's rules as its assembly has set them, with the proposals already applied (so applying a
 * decision twice changes nothing) and a version for the optimistic lock.
 */
@Document("group_rules")
public record GroupRulesDoc(
        @Id String groupId,
        int quorumPercent,
        Majority majority,
        long votingPeriodSeconds,
        int loanMultiple,
        int maxTermMonths,
        boolean oneOpenLoanPerMember,
        String ratePercent,
        Long serviceFeeRials,
        Long savingsRials,
        SavingsRhythm rhythm,
        Long lateFineRials,
        List<String> appliedProposals,
        @Version Long version) {

    public GroupRulesDoc {
        appliedProposals = appliedProposals == null ? List.of() : List.copyOf(appliedProposals);
    }

    public static GroupRulesDoc of(String groupId, GroupRules rules, List<String> applied, Long version) {
        VotingRules voting = rules.votingRules();
        RateTerms rate = rules.interest().orElse(null);
        SavingsTerms savings = rules.savings().orElse(null);
        return new GroupRulesDoc(groupId, voting.quorum().percentOfMembers(), voting.majority(),
                voting.votingPeriod().toSeconds(), rules.loanMultiple(), rules.maxTermMonths(),
                rules.oneOpenLoanPerMember(),
                rate == null ? null : rate.percentPerYear().toPlainString(),
                rate == null ? null : rate.serviceFee().rials(),
                savings == null ? null : savings.amountPerPeriod().rials(),
                savings == null ? null : savings.rhythm(),
                savings == null ? null : savings.lateFine().rials(),
                applied, version);
    }

    public GroupRules toRules() {
        VotingRules voting = new VotingRules(new Quorum(quorumPercent), majority, Duration.ofSeconds(votingPeriodSeconds));
        Optional<RateTerms> rate = ratePercent == null ? Optional.empty()
                : Optional.of(new RateTerms(new BigDecimal(ratePercent), Money.ofRials(serviceFeeRials)));
        Optional<SavingsTerms> savings = savingsRials == null ? Optional.empty()
                : Optional.of(new SavingsTerms(Money.ofRials(savingsRials), rhythm, Money.ofRials(lateFineRials)));
        return new GroupRules(voting, loanMultiple, maxTermMonths, oneOpenLoanPerMember, rate, savings);
    }
}
