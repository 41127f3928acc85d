package khodyar.bot.group;

import khodyar.domain.group.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A person's membership of a group, with the seat they hold and what they told us of themselves. */
@Document("memberships")
public record Membership(
        @Id String id,
        String groupId,
        long userId,
        String name,
        Role role,
        long joinOrder,
        Instant joinedAt,
        String phone,
        Boolean aidRecipient) {

    public static String idOf(String groupId, long userId) {
        return groupId + ":" + userId;
    }
}
