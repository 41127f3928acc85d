package khodyar.bot.loan;

import khodyar.bot.group.GroupDoc;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.loan.internal.LoanDoc;
import khodyar.bot.loan.internal.LoanPeople;
import khodyar.bot.loan.internal.LoanStore;
import khodyar.bot.loan.internal.LoanTexts;
import khodyar.bot.loan.internal.Portfolio;
import khodyar.bot.schedule.JobLock;
import khodyar.bot.telegram.outbound.OutMessage;
import khodyar.bot.telegram.outbound.OutboundQueue;
import khodyar.domain.loan.Instalment;
import khodyar.domain.loan.Loan;
import khodyar.domain.loan.PortfolioFigures;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The loans' daily follow-up: the overdue status as the schedule says, a reminder to the member two
 * days before each due date and on the day, and to the treasurers and facilitators a notice for each
 * late instalment, once a day, with the group's portfolio at risk. Message ids name the loan, the
 * instalment, the person and the day, so a run repeated the same day sends nothing twice.
 */
@Component
public class LoanFollowUp {

    static final Duration LEASE = Duration.ofMinutes(10);
    static final List<Integer> REMIND_DAYS_BEFORE = List.of(2, 0);

    private final LoanStore store;
    private final LoanPeople people;
    private final LoanTexts texts;
    private final Portfolio portfolio;
    private final OutboundQueue outbound;
    private final JobLock jobLock;
    private final Clock clock;

    public LoanFollowUp(LoanStore store, LoanPeople people, LoanTexts texts, Portfolio portfolio,
                        OutboundQueue outbound, JobLock jobLock, Clock clock) {
        this.store = store;
        this.people = people;
        this.texts = texts;
        this.portfolio = portfolio;
        this.outbound = outbound;
        this.jobLock = jobLock;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${bot.loan.follow-up-interval:PT1H}", initialDelayString = "PT2M")
    void scheduled() {
        jobLock.runExclusively("loan.followUp", LEASE, () -> runAt(clock.instant()));
    }

    /** Follows up every loan still out as of {@code now}; answers how many messages were due. */
    public int runAt(Instant now) {
        LocalDate today = texts.day(now);
        List<OutMessage> due = new ArrayList<>();
        Map<String, List<LoanDoc>> byGroup = store.outstanding().stream()
                .collect(Collectors.groupingBy(LoanDoc::groupId));
        byGroup.forEach((groupId, docs) -> {
            GroupDoc group = texts.group(groupId);
            List<Loan> loans = docs.stream()
                    .map(doc -> store.update(doc.id(), loan -> loan.followUp(today)).orElseThrow().toLoan())
                    .toList();
            PortfolioFigures figures = portfolio.figures(group, loans, today);
            for (Loan loan : loans) {
                reminders(group, loan, today, now, due);
                lateNotices(group, loan, figures, today, now, due);
            }
        });
        outbound.enqueue(due);
        return due.size();
    }

    private void reminders(GroupDoc group, Loan loan, LocalDate today, Instant now, List<OutMessage> due) {
        long borrower = loan.borrower().value();
        Lang lang = texts.langOf(borrower);
        for (Instalment instalment : loan.schedule().instalments()) {
            long daysBefore = ChronoUnit.DAYS.between(today, instalment.dueDate());
            if (REMIND_DAYS_BEFORE.contains((int) daysBefore) && !loan.unpaidOf(instalment).isZero()) {
                String key = daysBefore == 0 ? "loan.remind.today" : "loan.remind.soon";
                due.add(texts.notice("rem:loan:" + loan.id().value() + ":" + instalment.number() + ":" + daysBefore,
                        borrower, texts.text(lang, key, instalment.number(), texts.date(instalment.dueDate(), lang),
                                texts.amount(loan.unpaidOf(instalment), group, lang), daysBefore), null, now));
            }
        }
    }

    private void lateNotices(GroupDoc group, Loan loan, PortfolioFigures figures, LocalDate today, Instant now,
                             List<OutMessage> due) {
        String name = texts.nameOf(group.id(), loan.borrower().value());
        for (Instalment late : loan.lateInstalments(today)) {
            long daysLate = ChronoUnit.DAYS.between(late.dueDate(), today);
            for (long follower : people.followersOf(group)) {
                Lang lang = texts.langOf(follower);
                due.add(texts.notice("late:loan:" + loan.id().value() + ":" + late.number() + ":" + follower + ":"
                                + today, follower,
                        texts.text(lang, "loan.late.notice", name, group.name(), late.number(),
                                texts.date(late.dueDate(), lang), texts.amount(loan.unpaidOf(late), group, lang),
                                daysLate)
                                + "\n" + portfolio.figuresText(lang, group, figures),
                        null, now));
            }
        }
    }
}
