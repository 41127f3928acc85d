package khodyar.bot.group;

import khodyar.domain.group.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A deep-link payload. A staff invite (facilitator, local implementer, parent expert) works once and
 * expires, because whoever opens it gains a role; a group's member invite may be opened by everyone.
 */
@Document("invites")
public record Invite(@Id String code, Role role, String groupId, long createdBy, Instant createdAt,
                     Instant expiresAt, Long usedBy) {

    public boolean isMemberInvite() {
        return role == Role.MEMBER;
    }
}
