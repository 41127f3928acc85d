package khodyar.bot.assembly;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.loan.WriteOffs;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.Keyboard.Button;
import khodyar.domain.assembly.FreeMotion;
import khodyar.domain.group.Permission;
import khodyar.domain.group.Role;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /propose rate <percent>}, {@code /propose motion <text>}, {@code /propose chair|secretary|treasurer}
 * {@code /propose savings}, {@code /propose constitution} (guided questions), {@code /propose writeoff <member>}
 * for the board and the facilitator; without words, or from the menu, the kinds as buttons.
 */
@Component
public class ProposeCommand implements Command {

    private final Proposing proposing;
    private final CandidatePicker picker;
    private final TermsFlow terms;
    private final WriteOffs writeOffs;

    public ProposeCommand(Proposing proposing, CandidatePicker picker, TermsFlow terms, WriteOffs writeOffs) {
        this.proposing = proposing;
        this.picker = picker;
        this.terms = terms;
        this.writeOffs = writeOffs;
    }

    @Override
    public List<String> names() {
        return List.of("propose");
    }

    @Override
    public Optional<String> menuKey() {
        return Optional.of("menu.propose");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.PROPOSE);
    }

    @Override
    public void run(Turn turn, String args) {
        String[] parts = args.strip().split("\\s+", 2);
        String kind = parts[0].toLowerCase(Locale.ROOT);
        String rest = parts.length > 1 ? parts[1].strip() : "";
        String key = "u" + turn.in().updateId();
        switch (kind) {
            case "" -> turn.reply(kinds(turn), "assemblychat.propose.choose");
            case "rate" -> {
                if (rest.isEmpty()) {
                    turn.reply("assemblychat.propose.rateUsage");
                } else {
                    proposing.openRate(turn, rest, key);
                }
            }
            case "motion" -> {
                if (rest.isEmpty()) {
                    turn.reply("assemblychat.propose.motionUsage");
                } else {
                    proposing.open(turn, new FreeMotion(rest), key);
                }
            }
            case "chair", "secretary", "treasurer" -> picker.show(turn, Role.valueOf(kind.toUpperCase(Locale.ROOT)));
            case TermsFlow.SAVINGS, TermsFlow.CONSTITUTION -> terms.start(turn, kind);
            case "writeoff" -> writeOffs.propose(turn, rest);
            default -> turn.reply("assembly2.propose.usage");
        }
    }

    static Keyboard kinds(Turn turn) {
        return Keyboard.inline(List.of(
                List.of(new Button(turn.text("assemblychat.button.rate"), ProposeKindButton.PREFIX + ":rate")),
                List.of(new Button(turn.text("assemblychat.button.motion"), ProposeKindButton.PREFIX + ":motion")),
                List.of(new Button(turn.text("assembly2.button.savings"), ProposeKindButton.PREFIX + ":savings"),
                        new Button(turn.text("assembly2.button.constitution"),
                                ProposeKindButton.PREFIX + ":constitution")),
                List.of(new Button(turn.text("assemblychat.button.seat", turn.text(Role.CHAIR.messageKey())),
                                ProposeKindButton.PREFIX + ":chair"),
                        new Button(turn.text("assemblychat.button.seat", turn.text(Role.SECRETARY.messageKey())),
                                ProposeKindButton.PREFIX + ":secretary"),
                        new Button(turn.text("assemblychat.button.seat", turn.text(Role.TREASURER.messageKey())),
                                ProposeKindButton.PREFIX + ":treasurer"))));
    }
}
