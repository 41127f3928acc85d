package khodyar.bot.ledger;

import khodyar.bot.ledger.internal.Entries;
import khodyar.bot.ledger.internal.LedgerPeople;
import khodyar.bot.schedule.JobLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Reminds confirmers of deposits and loan repayments that have waited more than three days, once a
 * day per report and person: the reminder's outbox id names the entry, the person and the day.
 */
@Component
public class PendingReminders {

    static final Duration REMIND_AFTER = Duration.ofDays(3);
    static final Duration LEASE = Duration.ofMinutes(10);

    private final Entries entries;
    private final LedgerPeople people;
    private final JobLock jobLock;
    private final Clock clock;

    public PendingReminders(Entries entries, LedgerPeople people, JobLock jobLock, Clock clock) {
        this.entries = entries;
        this.people = people;
        this.jobLock = jobLock;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${bot.ledger.reminder-interval:PT1H}", initialDelayString = "PT1M")
    void scheduled() {
        jobLock.runExclusively("ledger.pendingReminders", LEASE, () -> runAt(clock.instant()));
    }

    /** Sends the reminders due at {@code now}; answers how many were due (sent now or earlier today). */
    public int runAt(Instant now) {
        return entries.remind(now, REMIND_AFTER, people.zone());
    }
}
