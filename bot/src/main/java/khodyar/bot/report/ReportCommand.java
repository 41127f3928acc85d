package khodyar.bot.report;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.report.internal.GroupReports;
import khodyar.bot.report.internal.GroupReports.Report;
import khodyar.domain.group.Permission;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * {@code /report}, for the board, the facilitator and programme staff: the fund chart with the
 * headline figures, then the spreadsheet. It holds every member's figures, so it always goes to the
 * asker's private chat, never to a group chat where members would see it.
 */
@Component
public class ReportCommand implements Command {

    static final String CHART_FILE = "fund.png";

    private final GroupReports reports;

    public ReportCommand(GroupReports reports) {
        this.reports = reports;
    }

    @Override
    public List<String> names() {
        return List.of("report");
    }

    @Override
    public Optional<String> menuKey() {
        return Optional.of("menu.report");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.VIEW_REPORT);
    }

    @Override
    public void run(Turn turn, String args) {
        Report report = reports.make(turn.group().orElseThrow(), turn.lang(), turn.now());
        // a private chat's id is the person's own id
        long privateChat = turn.userId();
        turn.sendPhoto(privateChat, CHART_FILE, report.chart(), report.caption());
        turn.sendDocument(privateChat, report.fileName(), report.spreadsheet(), report.spreadsheetCaption());
        if (!turn.isPrivateChat()) {
            turn.reply("report.sentPrivately");
        }
    }
}
