package khodyar.domain.roadmap;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;

/**
 * The individual assessment of one person in stage 1 (F1, F4, F5), filled in by the facilitator
 * or a counsellor.
 *
 * @param abilitiesAndSkills           what the person can do (F4)
 * @param proposedJob                  the job they propose to start (F4, for the business consultants)
 * @param goalInJoining                their goal in forming the group (F5)
 * @param economicSituation            aid and side support received (F1)
 * @param medicalFollowUpPlanned       medical consultation planned (F5)
 * @param psychologicalFollowUpPlanned psychological counselling planned (F4)
 * @param counsellorNote               seen only by counsellors and the facilitator
 */
public record Assessment(PersonId person, String abilitiesAndSkills, String proposedJob, String goalInJoining,
                         EconomicSituation economicSituation, boolean medicalFollowUpPlanned,
                         boolean psychologicalFollowUpPlanned, Optional<String> counsellorNote,
                         PersonId assessedBy, Instant assessedAt) {

    /** Roles allowed to read the counsellor's note. */
    public static final Set<Role> NOTE_READERS = Set.of(Role.COUNSELLOR, Role.FACILITATOR);

    /**
     * @param aidRecipient             supported by the relief programme
     * @param receivesFoodRations      receives food rations
     * @param receivesLivingAllowance  receives a living allowance
     */
    public record EconomicSituation(boolean aidRecipient, boolean receivesFoodRations,
                                    boolean receivesLivingAllowance) {
    }

    public Assessment {
        if (person == null || economicSituation == null || assessedBy == null || assessedAt == null) {
            throw new IllegalArgumentException("an assessment names the person, the assessor, when, and the economic situation");
        }
        abilitiesAndSkills = strip(abilitiesAndSkills);
        proposedJob = strip(proposedJob);
        goalInJoining = strip(goalInJoining);
        counsellorNote = counsellorNote.map(String::strip).filter(note -> !note.isEmpty());
    }

    /**
     * The source warns that an aid recipient without side support cannot stay in the programme
     * until the first loan: flag them for the facilitator.
     */
    public boolean needsSideSupport() {
        EconomicSituation situation = economicSituation;
        return situation.aidRecipient() && !situation.receivesFoodRations() && !situation.receivesLivingAllowance();
    }

    /** The assessment as a reader with these roles may see it: without the counsellor's note unless allowed. */
    public Assessment visibleTo(Set<Role> readerRoles) {
        boolean mayReadNote = readerRoles.stream().anyMatch(NOTE_READERS::contains);
        if (mayReadNote || counsellorNote.isEmpty()) {
            return this;
        }
        return new Assessment(person, abilitiesAndSkills, proposedJob, goalInJoining, economicSituation,
                medicalFollowUpPlanned, psychologicalFollowUpPlanned, Optional.empty(), assessedBy, assessedAt);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
