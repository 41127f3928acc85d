package khodyar.bot.chat;

import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Membership;
import khodyar.bot.i18n.Messages;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.people.Person;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.OutMessage;
import khodyar.bot.telegram.outbound.OutMessage.Kind;
import khodyar.bot.telegram.outbound.OutMessage.Priority;
import khodyar.domain.common.Refusal;
import khodyar.domain.group.Role;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One update being handled: who sent it, in which group they act, and the messages the bot will send
 * because of it. The messages are queued together when the turn ends; each has an id made of the
 * update id and its place, so handling the same update again cannot queue anything twice.
 */
public final class Turn {

    private final Incoming in;
    private final Person person;
    private final Lang lang;
    private final Messages messages;
    private final Instant now;
    private final GroupDoc group;
    private final Membership membership;
    private final Set<Role> roles;
    private final Set<Role> globalRoles;
    private final List<OutMessage> out = new ArrayList<>();

    Turn(Incoming in, Person person, Messages messages, Instant now, GroupDoc group, Membership membership, Set<Role> roles,
         Set<Role> globalRoles) {
        this.in = in;
        this.person = person;
        this.lang = Lang.of(person.lang());
        this.messages = messages;
        this.now = now;
        this.group = group;
        this.membership = membership;
        this.roles = Set.copyOf(roles);
        this.globalRoles = Set.copyOf(globalRoles);
    }

    public Incoming in() {
        return in;
    }

    public Person person() {
        return person;
    }

    public long userId() {
        return in.userId();
    }

    public Lang lang() {
        return lang;
    }

    public Instant now() {
        return now;
    }

    /** The group the person acts in now, if any. */
    public Optional<GroupDoc> group() {
        return Optional.ofNullable(group);
    }

    public Optional<Membership> membership() {
        return Optional.ofNullable(membership);
    }

    /** The person's roles in the active group (their seat, and staff roles the group gave them). */
    public Set<Role> roles() {
        return roles;
    }

    /** Roles that do not depend on a group: administrator, and programme roles given by invitation. */
    public Set<Role> globalRoles() {
        return globalRoles;
    }

    public boolean isPrivateChat() {
        return in.privateChat();
    }

    public String text(String key, Object... args) {
        return messages.get(lang, key, args);
    }

    public String text(Lang other, String key, Object... args) {
        return messages.get(other, key, args);
    }

    public String text(Refusal refusal) {
        return messages.get(lang, refusal.reasonKey(), refusal.args().toArray());
    }

    public void reply(String key, Object... args) {
        replyText(text(key, args), null);
    }

    public void reply(Keyboard keyboard, String key, Object... args) {
        replyText(text(key, args), keyboard);
    }

    public void reply(Refusal refusal) {
        replyText(text(refusal), null);
    }

    public void replyText(String text, Keyboard keyboard) {
        sendText(in.chatId(), Priority.INTERACTIVE, text, keyboard);
    }

    /** A message to someone else because of this update (a treasurer's confirmation request, say). */
    public String notify(long chatId, Priority priority, String text, Keyboard keyboard) {
        return sendText(chatId, priority, text, keyboard);
    }

    public void answerCallback(String text) {
        if (in.isCallback()) {
            add(in.chatId(), Kind.ANSWER_CALLBACK, Priority.INTERACTIVE, text, null, null, null, null);
        }
    }

    /** Replaces the pressed message's text and buttons, so the same button cannot act twice. */
    public void editPressedMessage(String text, Keyboard keyboard) {
        if (in.callbackMessageId() != null) {
            add(in.chatId(), Kind.EDIT_TEXT, Priority.INTERACTIVE, text, keyboard, in.callbackMessageId(), null, null);
        }
    }

    public void editMessage(long chatId, int messageId, String text, Keyboard keyboard) {
        add(chatId, Kind.EDIT_TEXT, Priority.INTERACTIVE, text, keyboard, messageId, null, null);
    }

    public void sendDocument(long chatId, String fileName, byte[] bytes, String caption) {
        add(chatId, Kind.SEND_DOCUMENT, Priority.INTERACTIVE, caption, null, null, fileName, bytes);
    }

    public void sendPhoto(long chatId, String fileName, byte[] bytes, String caption) {
        add(chatId, Kind.SEND_PHOTO, Priority.INTERACTIVE, caption, null, null, fileName, bytes);
    }

    List<OutMessage> messages() {
        return List.copyOf(out);
    }

    private String sendText(long chatId, Priority priority, String text, Keyboard keyboard) {
        return add(chatId, Kind.SEND_TEXT, priority, text, keyboard, null, null, null);
    }

    private String add(long chatId, Kind kind, Priority priority, String text, Keyboard keyboard, Integer messageId,
                       String fileName, byte[] bytes) {
        String id = "u" + in.updateId() + "-" + out.size();
        out.add(new OutMessage(id, chatId, kind, priority, text, keyboard, messageId,
                kind == Kind.ANSWER_CALLBACK ? in.callbackId() : null, fileName, bytes, now, null, 0,
                OutMessage.State.PENDING, null));
        return id;
    }
}
