package khodyar.bot.roadmap;

import java.util.List;
import java.util.Optional;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.domain.group.Permission;
import khodyar.domain.roadmap.StepId;
import khodyar.domain.text.PersianInput;
import org.springframework.stereotype.Component;

/** {@code /step <id> [note]}: signs off a roadmap step typed by its id ({@code F1}, {@code c11}; digits in any script). */
@Component
public class StepCommand implements Command {

    private final StepSignOffFlow flow;

    public StepCommand(StepSignOffFlow flow) {
        this.flow = flow;
    }

    @Override
    public List<String> names() {
        return List.of("step");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.SIGN_STEP);
    }

    @Override
    public void run(Turn turn, String args) {
        String[] parts = args.strip().split("\\s+", 2);
        if (parts[0].isEmpty()) {
            turn.reply("roadmap.stepCommand.usage");
            return;
        }
        Optional<StepId> step = readStepId(parts[0]);
        if (step.isEmpty()) {
            turn.reply("roadmap.stepCommand.unknown", parts[0]);
            return;
        }
        flow.signOff(turn, turn.group().orElseThrow(), step.get(), parts.length > 1 ? parts[1] : "");
    }

    /** A step id as typed: Latin letters in either case, digits in any script. */
    static Optional<StepId> readStepId(String typed) {
        return StepId.parse(PersianInput.normaliseDigits(typed));
    }
}
