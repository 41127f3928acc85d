package khodyar.bot.group;

import khodyar.domain.money.DisplayUnit;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Set;

/** A self-help group as stored: its name, its facilitators and programme staff, its member invite. */
@Document("groups")
public record GroupDoc(
        @Id String id,
        String name,
        int stage,
        Set<Long> facilitatorIds,
        Set<Long> localImplementerIds,
        Set<Long> parentExpertIds,
        String inviteCode,
        DisplayUnit displayUnit,
        long createdBy,
        Instant createdAt,
        Set<Long> counsellorIds) {

    public GroupDoc {
        facilitatorIds = facilitatorIds == null ? Set.of() : Set.copyOf(facilitatorIds);
        localImplementerIds = localImplementerIds == null ? Set.of() : Set.copyOf(localImplementerIds);
        parentExpertIds = parentExpertIds == null ? Set.of() : Set.copyOf(parentExpertIds);
        displayUnit = displayUnit == null ? DisplayUnit.TOMAN : displayUnit;
        counsellorIds = counsellorIds == null ? Set.of() : Set.copyOf(counsellorIds);
    }

    /** A group with no counsellor yet. */
    public GroupDoc(String id, String name, int stage, Set<Long> facilitatorIds, Set<Long> localImplementerIds,
                    Set<Long> parentExpertIds, String inviteCode, DisplayUnit displayUnit, long createdBy,
                    Instant createdAt) {
        this(id, name, stage, facilitatorIds, localImplementerIds, parentExpertIds, inviteCode, displayUnit,
                createdBy, createdAt, Set.of());
    }

    /** Whether the person works with this group for the programme (facilitator, implementer, expert, counsellor). */
    public boolean hasStaff(long userId) {
        return facilitatorIds.contains(userId) || localImplementerIds.contains(userId)
                || parentExpertIds.contains(userId) || counsellorIds.contains(userId);
    }
}
