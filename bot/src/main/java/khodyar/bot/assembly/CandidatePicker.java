package khodyar.bot.assembly;

import khodyar.bot.chat.CallbackAction;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.Keyboard.Button;
import khodyar.domain.assembly.BoardSeatElection;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Choosing the candidates of a board seat's election by pressing members' names: {@code pc:<seat>:<chosen>:<n>}
 * toggles member n (as numbered by /members), {@code pc:<seat>:<chosen>:go} opens the secret election. The
 * chosen members travel in the button data as a bit set, so the choice needs no stored state; the
 * election's id comes from the picker message, so pressing "open" twice opens it once.
 */
@Component
public class CandidatePicker implements CallbackAction {

    static final String PREFIX = "pc";
    /** Bits of a long: a larger group's later members are named by /propose in a meeting instead. */
    static final int MOST_MEMBERS_SHOWN = 62;

    private final Groups groups;
    private final Proposing proposing;

    public CandidatePicker(Groups groups, Proposing proposing) {
        this.groups = groups;
        this.proposing = proposing;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    /** Replies with the members as buttons, none chosen yet. */
    void show(Turn turn, Role seat) {
        List<Membership> members = members(turn);
        if (members.isEmpty()) {
            turn.reply("assemblychat.refused.noMembers");
            return;
        }
        turn.replyText(turn.text("assemblychat.pick", turn.text(seat.messageKey())), keyboard(turn, seat, 0L, members));
    }

    @Override
    public void onPress(Turn turn, String[] args) {
        if (!proposing.mayPropose(turn)) {
            return;
        }
        if (args.length != 3 || !List.of("chair", "secretary", "treasurer").contains(args[0])) {
            turn.answerCallback(turn.text("callback.stale"));
            return;
        }
        Role seat = Role.valueOf(args[0].toUpperCase(Locale.ROOT));
        long chosen;
        try {
            chosen = Long.parseLong(args[1], 36);
        } catch (NumberFormatException forged) {
            turn.answerCallback(turn.text("callback.stale"));
            return;
        }
        List<Membership> members = members(turn);
        if ("go".equals(args[2])) {
            List<PersonId> candidates = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                if ((chosen & (1L << i)) != 0) {
                    candidates.add(new PersonId(members.get(i).userId()));
                }
            }
            if (candidates.isEmpty()) {
                turn.answerCallback(turn.text("assemblychat.pick.none"));
                return;
            }
            turn.answerCallback(null);
            String key = "m" + turn.in().chatId() + ":" + turn.in().callbackMessageId();
            if (proposing.open(turn, new BoardSeatElection(seat, candidates), key)) {
                turn.editPressedMessage(turn.text("assemblychat.pick.done", turn.text(seat.messageKey())), null);
            }
            return;
        }
        int index;
        try {
            index = Integer.parseInt(args[2]);
        } catch (NumberFormatException forged) {
            turn.answerCallback(turn.text("callback.stale"));
            return;
        }
        if (index < 0 || index >= members.size()) {
            turn.answerCallback(turn.text("callback.stale"));
            return;
        }
        turn.answerCallback(null);
        turn.editPressedMessage(turn.text("assemblychat.pick", turn.text(seat.messageKey())),
                keyboard(turn, seat, chosen ^ (1L << index), members));
    }

    private List<Membership> members(Turn turn) {
        List<Membership> all = groups.members(turn.group().orElseThrow().id());
        return all.size() > MOST_MEMBERS_SHOWN ? all.subList(0, MOST_MEMBERS_SHOWN) : all;
    }

    private static Keyboard keyboard(Turn turn, Role seat, long chosen, List<Membership> members) {
        String seatCode = seat.name().toLowerCase(Locale.ROOT);
        String mask = Long.toString(chosen, 36);
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            boolean picked = (chosen & (1L << i)) != 0;
            String label = picked ? turn.text("assemblychat.pick.chosen", members.get(i).name()) : members.get(i).name();
            rows.add(List.of(new Button(label, PREFIX + ":" + seatCode + ":" + mask + ":" + i)));
        }
        rows.add(List.of(new Button(turn.text("assemblychat.pick.open"), PREFIX + ":" + seatCode + ":" + mask + ":go")));
        return Keyboard.inline(rows);
    }
}
