package khodyar.bot.telegram.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds Bot API objects (User, Chat, Message, ...) as JSON with Telegram's field names, so that
 * they deserialise into the TelegramBots library's types.
 */
final class TelegramObjects {
    // Telegram gives supergroups ids of the form -100xxxxxxxxxx
    private static final long SUPERGROUP_ID_LIMIT = -1_000_000_000_000L;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode bot;

    TelegramObjects(long botId, String botFirstName, String botUsername) {
        bot = NODES.objectNode()
                .put("id", botId)
                .put("is_bot", true)
                .put("first_name", botFirstName)
                .put("username", botUsername);
    }

    ObjectNode bot() {
        return bot.deepCopy();
    }

    ObjectNode botProfile() {
        return bot().put("can_join_groups", true)
                .put("can_read_all_group_messages", false)
                .put("supports_inline_queries", false);
    }

    static ObjectNode user(long userId, String firstName) {
        return NODES.objectNode()
                .put("id", userId)
                .put("is_bot", false)
                .put("first_name", firstName)
                .put("language_code", "fa");
    }

    /** A private chat's id is the user's id; group chats have negative ids. */
    static ObjectNode chat(long chatId, String name) {
        ObjectNode chat = NODES.objectNode().put("id", chatId);
        if (chatId > 0) {
            return chat.put("type", "private").put("first_name", name);
        }
        return chat.put("type", chatId <= SUPERGROUP_ID_LIMIT ? "supergroup" : "group").put("title", name);
    }

    static ObjectNode userMessage(long messageId, ObjectNode from, ObjectNode chat, long epochSecond) {
        ObjectNode message = NODES.objectNode().put("message_id", messageId);
        message.set("from", from);
        message.set("chat", chat);
        return message.put("date", epochSecond);
    }

    /** Marks a leading /command as a bot_command entity, as Telegram does; the library's isCommand() needs it. */
    static void putText(ObjectNode message, String text) {
        message.put("text", text);
        if (text.startsWith("/") && text.length() > 1) {
            int end = 0;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            ObjectNode entity = NODES.objectNode().put("type", "bot_command").put("offset", 0).put("length", end);
            message.putArray("entities").add(entity);
        }
    }

    static ObjectNode contact(long userId, String firstName, String phoneNumber) {
        return NODES.objectNode()
                .put("phone_number", phoneNumber)
                .put("first_name", firstName)
                .put("user_id", userId);
    }

    ObjectNode botMessage(SentMessage sent, ObjectNode chat) {
        ObjectNode message = userMessage(sent.messageId(), bot(), chat, sent.sentAt().getEpochSecond());
        if (sent.editedAt() != null) {
            message.put("edit_date", sent.editedAt().getEpochSecond());
        }
        byte[] bytes = sent.fileBytes();
        int fileSize = bytes == null ? 0 : bytes.length;
        if (sent.isPhoto()) {
            // the stand-in does not decode images, so it reports no dimensions
            message.putArray("photo").addObject()
                    .put("file_id", sent.fileId())
                    .put("file_unique_id", "u" + sent.fileId())
                    .put("width", 0)
                    .put("height", 0)
                    .put("file_size", fileSize);
        } else if (sent.isDocument()) {
            ObjectNode document = message.putObject("document")
                    .put("file_id", sent.fileId())
                    .put("file_unique_id", "u" + sent.fileId())
                    .put("mime_type", "application/octet-stream")
                    .put("file_size", fileSize);
            if (sent.fileName() != null) {
                document.put("file_name", sent.fileName());
            }
        }
        if (sent.text() != null) {
            message.put(sent.isPhoto() || sent.isDocument() ? "caption" : "text", sent.text());
        }
        // Telegram echoes only inline keyboards in a Message; the library types reply_markup so
        JsonNode markup = sent.replyMarkup();
        if (markup != null && markup.has("inline_keyboard")) {
            message.set("reply_markup", markup);
        }
        return message;
    }
}
