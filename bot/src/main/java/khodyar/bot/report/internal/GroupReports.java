package khodyar.bot.report.internal;

import khodyar.bot.config.BotSettings;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.bot.i18n.Messages;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.ledger.LedgerFacts;
import khodyar.bot.ledger.LedgerHistory;
import khodyar.bot.ledger.SavingsRegularity;
import khodyar.bot.loan.LoanPortfolio;
import khodyar.bot.meeting.MeetingFacts;
import khodyar.bot.people.People;
import khodyar.bot.people.Person;
import khodyar.bot.report.internal.ReportWorkbook.LoanLine;
import khodyar.bot.report.internal.ReportWorkbook.MeetingLine;
import khodyar.bot.report.internal.ReportWorkbook.MemberLine;
import khodyar.bot.report.internal.ReportWorkbook.StepLine;
import khodyar.bot.roadmap.Roadmaps;
import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.FundTotals;
import khodyar.domain.ledger.Regularity;
import khodyar.domain.loan.Loan;
import khodyar.domain.loan.PortfolioFigures;
import khodyar.domain.meeting.AttendanceBook;
import khodyar.domain.meeting.AttendanceRate;
import khodyar.domain.meeting.Meeting;
import khodyar.domain.money.Money;
import khodyar.domain.report.BroughtForward;
import khodyar.domain.report.FundByMonth;
import khodyar.domain.report.FundByMonth.MonthEnd;
import khodyar.domain.roadmap.Completion;
import khodyar.domain.roadmap.GroupRoadmap;
import khodyar.domain.roadmap.Roadmap;
import khodyar.domain.roadmap.Step;
import khodyar.domain.text.JalaliMonth;
import khodyar.domain.text.PersianFormat;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Makes a group's report from what the other features know: the fund chart by month, the
 * spreadsheet and a caption with the headline figures. The chart and the ledger sheet cover the last
 * {@value #PERIOD_MONTHS} Jalali months (this one included), what a treasurer shows a general assembly:
 * a year of entries, with everything before it brought forward as one line of balances. The period's
 * entries are read by ids from the newest backwards, so the report costs the same after five years as
 * after one.
 */
@Component
public class GroupReports {

    /** The months the ledger sheet and the chart cover, this one included. */
    static final int PERIOD_MONTHS = 12;

    /** What {@code /report} sends: the chart with the caption, then the spreadsheet. */
    public record Report(byte[] chart, String caption, byte[] spreadsheet, String fileName, String spreadsheetCaption,
                         int months, int ledgerRows) {
    }

    private final Groups groups;
    private final People people;
    private final LedgerFacts ledgerFacts;
    private final LedgerHistory ledgerHistory;
    private final SavingsRegularity regularity;
    private final LoanPortfolio loans;
    private final Roadmaps roadmaps;
    private final MeetingFacts meetingFacts;
    private final Messages messages;
    private final BotSettings settings;

    public GroupReports(Groups groups, People people, LedgerFacts ledgerFacts, LedgerHistory ledgerHistory,
                        SavingsRegularity regularity, LoanPortfolio loans, Roadmaps roadmaps, MeetingFacts meetingFacts, Messages messages,
                        BotSettings settings) {
        this.groups = groups;
        this.people = people;
        this.ledgerFacts = ledgerFacts;
        this.ledgerHistory = ledgerHistory;
        this.regularity = regularity;
        this.loans = loans;
        this.roadmaps = roadmaps;
        this.meetingFacts = meetingFacts;
        this.messages = messages;
        this.settings = settings;
    }

    public Report make(GroupDoc group, Lang lang, Instant now) {
        ReportWords words = new ReportWords(messages, lang, group.displayUnit(), settings.timezone());
        LocalDate today = words.day(now);
        List<Membership> members = groups.members(group.id());
        Names names = new Names(members);
        List<Loan> groupLoans = loans.loansOf(group.id());
        PortfolioFigures portfolio = loans.figures(group, groupLoans, today);
        GroupRoadmap roadmap = roadmaps.read(group, now).roadmap();
        FundTotals fund = ledgerFacts.fundTotals(group.id());
        try (ReportWorkbook workbook = new ReportWorkbook(words, names::of)) {
            members(group, members, words, workbook);
            Period period = ledgerAndMonths(group, words, today, workbook);
            groupLoans.forEach(loan -> workbook.loan(loanLine(loan, words, names, today)));
            steps(roadmap, words, names, workbook);
            meetings(group, members, words, names, workbook);
            String caption = words.text("report.caption", group.name(), words.date(today),
                    words.amountWithUnit(Money.ofRials(Math.max(0, fund.assetsRials()))), members.size(),
                    roadmap.currentStage().number(), words.text(roadmap.currentStage().titleKey()),
                    portfolio.portfolioAtRisk(), portfolio.loansOverdue());
            String fileName = words.text("report.fileName", PersianFormat.dateNumeric(today, "en").replace('/', '-'));
            String spreadsheetCaption = words.text("report.spreadsheetCaption", group.name());
            if (period.broughtForward()) {
                spreadsheetCaption += "\n" + words.text("report.period.caption", words.date(period.from()));
            }
            return new Report(FundChart.png(group.name(), period.months(), words), caption, workbook.bytes(), fileName,
                    spreadsheetCaption, period.months().size(), workbook.ledgerRows());
        }
    }

    private void members(GroupDoc group, List<Membership> members, ReportWords words, ReportWorkbook workbook) {
        Map<Long, Regularity> regularity = this.regularity.byMember(group.id());
        AttendanceBook attendance = meetingFacts.attendance(group.id());
        int number = 0;
        for (Membership member : members) {
            number++;
            Regularity theirs = regularity.get(member.userId());
            AttendanceRate came = attendance.of(new PersonId(member.userId()));
            workbook.member(new MemberLine(number, member.name(), words.text(member.role().messageKey()),
                    ledgerFacts.confirmedSavings(group.id(), member.userId()),
                    ledgerFacts.loansOwed(group.id(), member.userId()),
                    theirs == null || theirs.roundsDue() == 0 ? ""
                            : words.text("report.regularity", theirs.roundsOnTime(), theirs.roundsDue()),
                    came.isKnown() ? words.text("report.attendance", came.attended(), came.expected(), came.ratio()) : ""));
        }
    }

    /** The period the ledger sheet and the chart cover, and the chart's months. */
    private record Period(LocalDate from, boolean broughtForward, List<MonthEnd> months) {
    }

    /**
     * The ledger sheet and the chart's months for the period: the last {@value #PERIOD_MONTHS} months, or
     * since the group's first month if it is younger. Entries before it are one line of balances.
     */
    private Period ledgerAndMonths(GroupDoc group, ReportWords words, LocalDate today, ReportWorkbook workbook) {
        JalaliMonth groupsFirst = JalaliMonth.of(group.createdAt() == null ? today : words.day(group.createdAt()));
        JalaliMonth periodsFirst = JalaliMonth.of(today).minusMonths(PERIOD_MONTHS - 1);
        JalaliMonth first = groupsFirst.compareTo(periodsFirst) > 0 ? groupsFirst : periodsFirst;
        LocalDate from = first.firstDay();
        LedgerHistory.Period entries = ledgerHistory.since(group.id(), from.atStartOfDay(words.zone()).toInstant());
        BroughtForward before = BroughtForward.before(entries.now(), entries.entries());
        if (entries.hasEarlierEntries()) {
            workbook.ledgerNote(words.text("report.period.lastYear", words.date(from), words.date(today)));
            workbook.ledgerBroughtForward(words.date(from), words.text("report.period.broughtForward"),
                    words.text("report.period.broughtForwardMemo",
                            words.signedAmountWithUnit(before.memberSavingsRials()),
                            words.signedAmountWithUnit(before.loansOutstandingRials()),
                            words.signedAmountWithUnit(before.cashRials()),
                            words.signedAmountWithUnit(before.bankRials())));
        } else {
            workbook.ledgerNote(words.text("report.period.sinceStart", words.date(today)));
        }
        entries.entries().forEach(workbook::ledgerEntry);
        List<MonthEnd> months = FundByMonth.of(entries.entries(), words.zone(),
                entries.hasEarlierEntries() ? before : BroughtForward.NOTHING, first, today);
        return new Period(from, entries.hasEarlierEntries(), months);
    }

    private static LoanLine loanLine(Loan loan, ReportWords words, Names names, LocalDate today) {
        return new LoanLine(names.of(loan.borrower().value()), loan.principal(), loan.months(),
                loan.terms().annualRatePercent(), words.text(loan.status().messageKey()),
                loan.disbursedOn().map(words::date).orElse(""), loan.outstandingPrincipal(),
                loan.status().isOutstanding() && loan.hasLateInstalment(today),
                loan.status().isOutstanding() ? loan.nextDue().map(due -> words.date(due.date())).orElse("") : "");
    }

    private static void steps(GroupRoadmap roadmap, ReportWords words, Names names, ReportWorkbook workbook) {
        for (Step step : Roadmap.standard().steps()) {
            if (step.struckOut()) {
                continue;
            }
            Optional<Completion> completion = roadmap.completionOf(step.id());
            String by = completion.map(done -> done instanceof Completion.SignOff signOff
                    ? words.text("report.signedBy", names.of(signOff.by().value()), words.text(signOff.role().messageKey()))
                    : words.text("report.byBooks")).orElse("");
            String note = completion.map(done -> done instanceof Completion.SignOff signOff ? signOff.note() : "")
                    .orElse("");
            workbook.step(new StepLine(step.id().name(), words.text(step.titleKey()), step.stage().number(),
                    completion.isPresent(), by, completion.map(done -> words.date(done.at())).orElse(""), note));
        }
    }

    private void meetings(GroupDoc group, List<Membership> members, ReportWords words, Names names,
                          ReportWorkbook workbook) {
        for (Meeting meeting : meetingFacts.held(group.id())) {
            String absent = members.stream()
                    .filter(m -> m.joinedAt() == null || !words.day(m.joinedAt()).isAfter(meeting.date()))
                    .filter(m -> !meeting.present().contains(new PersonId(m.userId())))
                    .map(Membership::name).collect(Collectors.joining(words.text("list.separator")));
            String topic = meeting.trainingRecord().map(t -> words.text(t.subject().messageKey()))
                    .orElse(meeting.topic());
            workbook.meeting(new MeetingLine(words.date(meeting.date()),
                    PersianFormat.time(meeting.time(), words.lang().code()), words.text(meeting.kind().messageKey()),
                    topic, meeting.present().size(), absent));
        }
    }

    /** Names by Telegram id: members by their name in the group, staff by their Telegram name. */
    private final class Names {
        private final Map<Long, String> known = new HashMap<>();

        Names(List<Membership> members) {
            members.forEach(m -> known.put(m.userId(), m.name()));
        }

        String of(long userId) {
            return known.computeIfAbsent(userId, id -> people.find(id).map(Person::name).orElse(Long.toString(id)));
        }
    }
}
