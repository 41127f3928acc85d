package khodyar.domain.roadmap;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import khodyar.domain.group.Role;

/**
 * One step of the roadmap: who may sign it off, what its completion records, and how the source
 * words it (message keys; the Persian text comes from {@code roadmap-fa.txt}).
 *
 * @param owners        who answers for the step, in the order they are named to users
 * @param evidence      what a completion records
 * @param struckOut     struck out in the source; it never blocks its stage
 * @param activityCount how many sub-activities the source lists under the step
 * @param hasRemark     the source adds a remark to the step (C7's striking out, M5's comment)
 */
public record Step(StepId id, List<StepOwner> owners, Set<Evidence> evidence, boolean struckOut,
                   int activityCount, boolean hasRemark) {

    public Step {
        owners = List.copyOf(owners);
        evidence = Set.copyOf(evidence);
        if (owners.isEmpty()) {
            throw new IllegalArgumentException("step " + id + " has no owner");
        }
        if (owners.contains(StepOwner.BOOKS) && owners.size() > 1) {
            throw new IllegalArgumentException("step " + id + " is either the books' or a person's");
        }
    }

    public Stage stage() {
        return id.stage();
    }

    /** The ledger decides this step; it cannot be signed off by hand. */
    public boolean decidedByBooks() {
        return owners.contains(StepOwner.BOOKS);
    }

    /** The owner a person with these roles signs off for, if any. */
    public Optional<StepOwner> ownerFor(Set<Role> roles) {
        return owners.stream()
                .filter(owner -> owner.signingRole().map(roles::contains).orElse(false))
                .findFirst();
    }

    public String titleKey() {
        return "roadmap.step." + id + ".title";
    }

    public List<String> activityKeys() {
        return IntStream.rangeClosed(1, activityCount)
                .mapToObj(n -> "roadmap.step." + id + ".activity." + n)
                .toList();
    }

    public Optional<String> remarkKey() {
        return hasRemark ? Optional.of("roadmap.step." + id + ".remark") : Optional.empty();
    }

    static Set<Evidence> signedEvidence() {
        return EnumSet.of(Evidence.DATE, Evidence.WHO, Evidence.NOTE, Evidence.ATTACHMENT);
    }

    static Set<Evidence> meetingEvidence() {
        return EnumSet.of(Evidence.DATE, Evidence.WHO, Evidence.NOTE, Evidence.ATTACHMENT, Evidence.ATTENDANCE);
    }

    static Set<Evidence> booksEvidence() {
        return EnumSet.of(Evidence.DATE);
    }
}
