package khodyar.bot.simulator;

import khodyar.bot.telegram.standin.BotApiStandIn;
import khodyar.bot.telegram.standin.SentMessage;

import java.util.Optional;

/** What the people on the page do in their chats with the bot, through the Bot API stand-in. */
public class SimulatorChats {

    private final BotApiStandIn standIn;
    private final Transcripts transcripts;
    private final SimulatorEvents events;

    SimulatorChats(BotApiStandIn standIn, Transcripts transcripts, SimulatorEvents events) {
        this.standIn = standIn;
        this.transcripts = transcripts;
        this.events = events;
        standIn.addListener(this::botSent);
    }

    /** The person types a message or command; returns the stand-in's update id. */
    public long say(SimPerson person, String text) {
        transcripts.personSent(person.id(), "text", text);
        events.chatChanged(person.id());
        return standIn.sendText(person.id(), person.name(), text);
    }

    /** The person presses a contact button: shares their own made-up phone number. */
    public long shareContact(SimPerson person) {
        transcripts.personSent(person.id(), "contact", person.phone());
        events.chatChanged(person.id());
        return standIn.shareContact(person.id(), person.name(), person.phone());
    }

    /** Hands a bot message's text (an invite link, say) from one person to another, as forwarding does. */
    public void forward(SimPerson from, SimPerson to, String text) {
        transcripts.forwarded(to.id(), from.name(), text);
        events.chatChanged(to.id());
    }

    /** The person presses an inline button of the bot's message. */
    public long press(SimPerson person, long messageId, String callbackData) {
        return standIn.pressButton(person.id(), messageId, callbackData);
    }

    ChatViews.Chat chatOf(long personId) {
        return transcripts.view(personId, standIn.callbackAnswers());
    }

    Optional<SentMessage> botMessage(long chatId, long messageId) {
        return standIn.sentTo(chatId).stream().filter(m -> m.messageId() == messageId).findFirst();
    }

    void forget(long personId) {
        transcripts.forget(personId);
    }

    public BotApiStandIn standIn() {
        return standIn;
    }

    private void botSent(SentMessage message) {
        transcripts.botSent(message);
        events.chatChanged(message.chatId());
    }
}
