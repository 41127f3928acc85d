package khodyar.bot.assembly.internal;

import khodyar.bot.telegram.intake.InboxEntry;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inbox keeps each update as it arrived, and the press of a secret ballot's button carries the
 * option in its data. Once the vote is counted, that data is blanked in the stored update, so the
 * inbox does not tie the member to the choice. The pressed message's keyboard, which the update
 * carries too, is blanked the same way. A handling repeated after this finds the member
 * has voted already.
 */
@Component
public class InboxRedaction {

    static final String BLANK_CHOICE = "-";

    private final MongoTemplate mongo;

    public InboxRedaction(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void forgetChoice(long updateId, String pressedData) {
        InboxEntry entry = mongo.findById(updateId, InboxEntry.class);
        if (entry == null || entry.json() == null || !entry.json().contains(pressedData)) {
            return;
        }
        // every option of the ballot is blanked, the pressed button's data and the keyboard's alike,
        // so that the one blank among untouched codes does not point at the choice
        String ballot = pressedData.substring(0, pressedData.lastIndexOf(':') + 1);
        String blanked = Pattern.compile(Pattern.quote(ballot) + "[A-Za-z0-9]+").matcher(entry.json())
                .replaceAll(Matcher.quoteReplacement(ballot + BLANK_CHOICE));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(updateId)), Update.update("json", blanked),
                InboxEntry.class);
    }
}
