package khodyar.bot.assembly;

import khodyar.bot.assembly.internal.AssemblyNotices;
import khodyar.bot.assembly.internal.AssemblyTexts;
import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.domain.assembly.Proposal;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.Permission;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** {@code /proposals}: the assembly's records: every proposal with its text, counts, outcome and when, newest first. */
@Component
public class ProposalsCommand implements Command {

    /** Telegram takes 4096 characters a message; the records are split before that. */
    static final int MESSAGE_LIMIT = 3800;

    private final AssemblyService assembly;
    private final AssemblyNotices notices;

    public ProposalsCommand(AssemblyService assembly, AssemblyNotices notices) {
        this.assembly = assembly;
        this.notices = notices;
    }

    @Override
    public List<String> names() {
        return List.of("proposals");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.VIEW_MEMBERS);
    }

    @Override
    public void run(Turn turn, String args) {
        String groupId = turn.group().orElseThrow().id();
        List<Proposal> all = assembly.proposalsOf(new GroupId(groupId));
        if (all.isEmpty()) {
            turn.reply("assemblychat.records.none");
            return;
        }
        AssemblyTexts texts = notices.textsFor(turn.lang(), groupId);
        StringBuilder page = new StringBuilder(texts.text("assemblychat.records.title", all.size()));
        for (Proposal proposal : all) {
            String entry = "\n\n" + texts.record(proposal);
            if (page.length() + entry.length() > MESSAGE_LIMIT) {
                turn.replyText(page.toString(), null);
                page = new StringBuilder();
            }
            page.append(entry);
        }
        turn.replyText(page.toString().strip(), null);
    }
}
