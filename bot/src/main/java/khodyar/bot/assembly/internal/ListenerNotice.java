package khodyar.bot.assembly.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** That one listener has been told of one decided proposal, under {@code <proposal>:<listener>}. */
@Document("assembly_notices")
public record ListenerNotice(@Id String id) {
}
