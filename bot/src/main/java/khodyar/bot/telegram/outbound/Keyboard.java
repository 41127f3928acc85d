package khodyar.bot.telegram.outbound;

import java.util.List;

/**
 * A message's keyboard, kept in our own terms so the outbound queue can store it: inline buttons
 * (label and callback data), a reply keyboard (labels, optionally asking for the contact), or removal.
 */
public record Keyboard(List<List<Button>> inline, List<List<ReplyButton>> reply, boolean remove) {

    public Keyboard {
        inline = inline == null ? List.of() : inline.stream().map(List::copyOf).toList();
        reply = reply == null ? List.of() : reply.stream().map(List::copyOf).toList();
    }

    public static Keyboard inline(List<List<Button>> rows) {
        return new Keyboard(rows, null, false);
    }

    public static Keyboard reply(List<List<ReplyButton>> rows) {
        return new Keyboard(null, rows, false);
    }

    public static Keyboard removed() {
        return new Keyboard(null, null, true);
    }

    public boolean isInline() {
        return !inline.isEmpty();
    }

    /** An inline button; callback data is at most 64 bytes (a Bot API limit). */
    public record Button(String label, String data) {
        public Button {
            if (data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
                throw new IllegalArgumentException("callback data over 64 bytes: " + data);
            }
        }
    }

    public record ReplyButton(String label, boolean requestContact) {
        public static ReplyButton of(String label) {
            return new ReplyButton(label, false);
        }
    }
}
