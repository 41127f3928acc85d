package khodyar.bot.assembly;

import khodyar.bot.assembly.internal.AssemblyNotices;
import khodyar.bot.schedule.JobLock;
import khodyar.domain.assembly.Proposal;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The assembly's clock work: a reminder to those who have not voted a day before the deadline, and
 * the close of every vote whose deadline has come. Runs on one instance at a time; a run repeated
 * sends nothing twice (reminders and outcomes have outbox ids per proposal and person).
 */
@Component
public class AssemblyDeadlines {

    static final Duration REMIND_BEFORE = Duration.ofDays(1);
    /** A decision left half carried out by a stopped process is finished after this long. */
    static final Duration LEFTOVER_AFTER = Duration.ofMinutes(1);
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final AssemblyService assembly;
    private final AssemblyNotices notices;
    private final JobLock jobLock;
    private final Clock clock;

    public AssemblyDeadlines(AssemblyService assembly, AssemblyNotices notices, JobLock jobLock, Clock clock) {
        this.assembly = assembly;
        this.notices = notices;
        this.jobLock = jobLock;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${assembly.deadline-check-millis:60000}", initialDelayString = "${assembly.deadline-check-millis:60000}")
    public void scheduled() {
        jobLock.runExclusively("assembly-deadlines", LEASE, () -> runAt(clock.instant()));
    }

    public void runAt(Instant now) {
        for (Proposal proposal : assembly.closingBefore(now.plus(REMIND_BEFORE))) {
            if (now.isBefore(proposal.deadline())) {
                notices.remind(proposal);
            }
        }
        assembly.closeDue(now);
        assembly.settleLeftovers(now.minus(LEFTOVER_AFTER));
    }
}
