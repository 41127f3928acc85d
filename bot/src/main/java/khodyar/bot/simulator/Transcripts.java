package khodyar.bot.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import khodyar.bot.simulator.ChatViews.InlineButton;
import khodyar.bot.simulator.ChatViews.KeyButton;
import khodyar.bot.telegram.standin.CallbackAnswer;
import khodyar.bot.telegram.standin.SentMessage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The private chats as the page shows them: what each person typed (the stand-in keeps only the
 * bot's side) interleaved with the bot's messages, an edited message staying in its place. In memory:
 * the stand-in's own messages do not outlive the process either.
 */
final class Transcripts {

    private final Clock clock;
    private final AtomicLong nextSeq = new AtomicLong();
    private final Map<Long, List<Entry>> chats = new ConcurrentHashMap<>();

    Transcripts(Clock clock) {
        this.clock = clock;
    }

    /** A line the person sent: kind {@code text} or {@code contact}. */
    private record Entry(long seq, String kind, String text, Instant at, SentMessage fromBot) {
    }

    /** A message forwarded into the chat from another person's chat (the page shows it; the bot never sees it). */
    void forwarded(long chatId, String fromName, String text) {
        List<Entry> chat = chat(chatId);
        synchronized (chat) {
            chat.add(new Entry(nextSeq.incrementAndGet(), "forwarded", fromName + "\n" + text, clock.instant(), null));
        }
    }

    void personSent(long chatId, String kind, String text) {
        List<Entry> chat = chat(chatId);
        synchronized (chat) {
            chat.add(new Entry(nextSeq.incrementAndGet(), kind, text, clock.instant(), null));
        }
    }

    /** A message the bot sent, or a new version of one it edited (which keeps its place). */
    void botSent(SentMessage message) {
        List<Entry> chat = chat(message.chatId());
        synchronized (chat) {
            for (int i = 0; i < chat.size(); i++) {
                Entry entry = chat.get(i);
                if (entry.fromBot() != null && entry.fromBot().messageId() == message.messageId()) {
                    if (entry.fromBot().revision() < message.revision()) {
                        chat.set(i, new Entry(entry.seq(), entry.kind(), entry.text(), entry.at(), message));
                    }
                    return;
                }
            }
            chat.add(new Entry(nextSeq.incrementAndGet(), message.isPhoto() ? "photo"
                    : message.isDocument() ? "document" : "text", null, message.sentAt(), message));
        }
    }

    void forget(long chatId) {
        chats.remove(chatId);
    }

    ChatViews.Chat view(long chatId, List<CallbackAnswer> answers) {
        List<Entry> entries;
        List<Entry> chat = chat(chatId);
        synchronized (chat) {
            entries = List.copyOf(chat);
        }
        List<ChatViews.Message> messages = new ArrayList<>();
        List<List<KeyButton>> keyboard = List.of();
        for (Entry entry : entries) {
            SentMessage bot = entry.fromBot();
            if (bot == null) {
                messages.add(new ChatViews.Message(entry.seq(), entry.kind().equals("forwarded") ? "other" : "me",
                        entry.kind(), entry.text(), 0, false, null,
                        null, List.of(), entry.at()));
                continue;
            }
            JsonNode markup = bot.replyMarkup();
            if (markup != null && markup.has("keyboard")) {
                keyboard = keyboardOf(markup);
            } else if (markup != null && markup.path("remove_keyboard").asBoolean(false)) {
                keyboard = List.of();
            }
            String fileUrl = bot.fileId() == null ? null : "/sim/api/files/" + chatId + "/" + bot.messageId();
            messages.add(new ChatViews.Message(entry.seq(), "bot", entry.kind(), bot.text(), bot.messageId(),
                    bot.editedTimes() > 0, bot.fileName(), fileUrl, inlineButtonsOf(markup), bot.sentAt()));
        }
        List<ChatViews.Notice> notices = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            CallbackAnswer answer = answers.get(i);
            if (answer.userId() == chatId && answer.text() != null && !answer.text().isBlank()) {
                notices.add(new ChatViews.Notice(i, answer.text(), answer.showAlert()));
            }
        }
        return new ChatViews.Chat(chatId, messages, keyboard, notices);
    }

    private List<Entry> chat(long chatId) {
        return chats.computeIfAbsent(chatId, id -> new ArrayList<>());
    }

    private static List<List<KeyButton>> keyboardOf(JsonNode markup) {
        List<List<KeyButton>> rows = new ArrayList<>();
        for (JsonNode row : markup.path("keyboard")) {
            List<KeyButton> buttons = new ArrayList<>();
            for (JsonNode button : row) {
                buttons.add(button.isTextual() ? new KeyButton(button.asText(), false)
                        : new KeyButton(button.path("text").asText(), button.path("request_contact").asBoolean(false)));
            }
            rows.add(buttons);
        }
        return rows;
    }

    private static List<List<InlineButton>> inlineButtonsOf(JsonNode markup) {
        List<List<InlineButton>> rows = new ArrayList<>();
        if (markup == null) {
            return rows;
        }
        for (JsonNode row : markup.path("inline_keyboard")) {
            List<InlineButton> buttons = new ArrayList<>();
            for (JsonNode button : row) {
                buttons.add(new InlineButton(button.path("text").asText(),
                        button.hasNonNull("callback_data") ? button.get("callback_data").asText() : null,
                        button.hasNonNull("url") ? button.get("url").asText() : null));
            }
            rows.add(buttons);
        }
        return rows;
    }
}
