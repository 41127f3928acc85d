package khodyar.bot.roadmap.internal;

import java.time.Instant;
import java.util.Optional;

import khodyar.domain.group.PersonId;
import khodyar.domain.roadmap.Assessment;
import khodyar.domain.roadmap.Assessment.EconomicSituation;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A member's stage-1 assessment as stored, one per member of a group (the latest replaces the earlier). */
@Document("assessments")
public record AssessmentDoc(@Id String id, String groupId, long userId, String abilitiesAndSkills, String proposedJob,
                            String goalInJoining, boolean aidRecipient, boolean receivesFoodRations,
                            boolean receivesLivingAllowance, boolean medicalFollowUpPlanned,
                            boolean psychologicalFollowUpPlanned, String counsellorNote, long assessedBy,
                            Instant assessedAt) {

    public static String idOf(String groupId, long userId) {
        return groupId + ":" + userId;
    }

    public static AssessmentDoc of(String groupId, Assessment assessment) {
        EconomicSituation situation = assessment.economicSituation();
        long person = assessment.person().value();
        return new AssessmentDoc(idOf(groupId, person), groupId, person, assessment.abilitiesAndSkills(),
                assessment.proposedJob(), assessment.goalInJoining(), situation.aidRecipient(),
                situation.receivesFoodRations(), situation.receivesLivingAllowance(),
                assessment.medicalFollowUpPlanned(), assessment.psychologicalFollowUpPlanned(),
                assessment.counsellorNote().orElse(null), assessment.assessedBy().value(), assessment.assessedAt());
    }

    public Assessment toAssessment() {
        return new Assessment(new PersonId(userId), abilitiesAndSkills, proposedJob, goalInJoining,
                new EconomicSituation(aidRecipient, receivesFoodRations, receivesLivingAllowance),
                medicalFollowUpPlanned, psychologicalFollowUpPlanned, Optional.ofNullable(counsellorNote),
                new PersonId(assessedBy), assessedAt);
    }
}
