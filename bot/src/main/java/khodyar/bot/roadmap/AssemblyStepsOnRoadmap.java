package khodyar.bot.roadmap;

import khodyar.bot.assembly.ProposalDecidedListener;
import khodyar.bot.group.Groups;
import khodyar.domain.assembly.AssemblyEffect;
import khodyar.domain.assembly.Decision;
import khodyar.domain.assembly.Proposal;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * Brings the roadmap up to date as soon as the assembly decides a roadmap step's question (O2, O3,
 * O4, C4, M2, M10), so the step is completed on the day of the vote rather than when /roadmap is
 * next read. The vote itself is the record ({@code BookFacts.stepsOnRecord}); a decision taken before
 * its stage completes the step once the group reaches that stage.
 */
@Component
public class AssemblyStepsOnRoadmap implements ProposalDecidedListener {

    private final Roadmaps roadmaps;
    private final Groups groups;
    private final Clock clock;

    public AssemblyStepsOnRoadmap(Roadmaps roadmaps, Groups groups, Clock clock) {
        this.roadmaps = roadmaps;
        this.groups = groups;
        this.clock = clock;
    }

    @Override
    public void decided(Proposal proposal, Decision decision, List<AssemblyEffect> effects) {
        if (proposal.kind().roadmapStepId().isEmpty() || effects.isEmpty()) {
            return;
        }
        groups.find(proposal.groupId().value()).ifPresent(group -> roadmaps.read(group, clock.instant()));
    }
}
