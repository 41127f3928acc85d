package khodyar.domain.roadmap;

import static khodyar.domain.roadmap.RoadmapFixtures.FACILITATOR;
import static khodyar.domain.roadmap.RoadmapFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;
import khodyar.domain.roadmap.Assessment.EconomicSituation;

class AssessmentTest {

    private static final PersonId MARYAM = new PersonId(2010);

    @Test
    void anAidRecipientWithNeitherRationsNorAllowanceIsFlaggedForSideSupport() {
        assertThat(assessment(new EconomicSituation(true, false, false), Optional.empty()).needsSideSupport()).isTrue();
    }

    @Test
    void anAidRecipientWithRationsOrAllowanceIsNotFlagged() {
        assertThat(assessment(new EconomicSituation(true, true, false), Optional.empty()).needsSideSupport()).isFalse();
        assertThat(assessment(new EconomicSituation(true, false, true), Optional.empty()).needsSideSupport()).isFalse();
    }

    @Test
    void someoneWhoIsNotAnAidRecipientIsNotFlagged() {
        assertThat(assessment(new EconomicSituation(false, false, false), Optional.empty()).needsSideSupport()).isFalse();
    }

    @Test
    void theCounsellorsNoteIsSeenOnlyByCounsellorsAndTheFacilitator() {
        Assessment withNote = assessment(new EconomicSituation(true, true, true), Optional.of("needs weekly sessions"));

        assertThat(withNote.visibleTo(Set.of(Role.COUNSELLOR)).counsellorNote()).contains("needs weekly sessions");
        assertThat(withNote.visibleTo(Set.of(Role.FACILITATOR)).counsellorNote()).contains("needs weekly sessions");
        assertThat(withNote.visibleTo(Set.of(Role.MEMBER, Role.TREASURER)).counsellorNote()).isEmpty();
        assertThat(withNote.visibleTo(Set.of(Role.LOCAL_IMPLEMENTER))).isEqualTo(
                assessment(new EconomicSituation(true, true, true), Optional.empty()));
    }

    private static Assessment assessment(EconomicSituation situation, Optional<String> counsellorNote) {
        return new Assessment(MARYAM, "sewing, cooking", "home tailoring", "a loan for a sewing machine",
                situation, true, false, counsellorNote, FACILITATOR.person(), day(3));
    }
}
