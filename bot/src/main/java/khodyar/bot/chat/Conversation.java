package khodyar.bot.chat;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a person is in a guided conversation: which flow, which question, the answers so far. Kept
 * apart from the domain's state; bad input leaves it as it was, finishing the flow removes it.
 */
@Document("conversations")
public record Conversation(@Id String id, String flow, String step, Map<String, String> answers, Instant updatedAt) {

    public Conversation {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }

    public static String idOf(long chatId, long userId) {
        return chatId + ":" + userId;
    }

    public String answer(String name) {
        return answers.get(name);
    }

    public Conversation next(String nextStep, String name, String value, Instant at) {
        Map<String, String> more = new HashMap<>(answers);
        if (name != null) {
            more.put(name, value);
        }
        return new Conversation(id, flow, nextStep, more, at);
    }
}
