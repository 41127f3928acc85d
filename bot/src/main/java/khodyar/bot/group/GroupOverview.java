package khodyar.bot.group;

import khodyar.bot.chat.Turn;

import java.util.List;

/** More about a group for the facilitator's {@code /groups} list, from a feature that knows it (the roadmap). */
public interface GroupOverview {

    /** Lines to show under the group, in the reader's language; none when there is nothing to say. */
    List<String> linesFor(Turn turn, GroupDoc group);
}
