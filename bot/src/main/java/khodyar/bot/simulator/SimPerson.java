package khodyar.bot.simulator;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * Someone on the simulator's page: a made-up Telegram user with a name, and whether the demo made
 * them (demo people are marked on the page and removed by "clear demo").
 */
@Document("simulator_people")
public record SimPerson(@Id long id, String name, boolean demo, Instant addedAt) {

    /** The made-up phone number this person shares through a contact button. */
    public String phone() {
        return String.format("+98912%07d", id % 10_000_000);
    }
}
