package khodyar.bot.people;

import khodyar.domain.group.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Set;

/**
 * Someone who has talked to the bot, by Telegram user id: their language, the group they act in, and
 * the programme roles (facilitator, local implementer, parent expert) given to them by invitation.
 */
@Document("people")
public record Person(
        @Id long id,
        String name,
        String username,
        String lang,
        String activeGroupId,
        Set<Role> staffRoles,
        String phone,
        Instant firstSeen) {

    public Person {
        staffRoles = staffRoles == null ? Set.of() : Set.copyOf(staffRoles);
    }
}
