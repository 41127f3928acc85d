package khodyar.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Membership;
import khodyar.bot.ledger.internal.LedgerStore;
import khodyar.bot.ledger.internal.RegularityDoc;
import khodyar.bot.ledger.internal.SavingsDoc;
import khodyar.bot.people.Person;
import khodyar.bot.store.StoreConfiguration;
import khodyar.bot.store.embedded.EmbeddedMongo;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;
import khodyar.domain.ledger.Posting;
import khodyar.domain.ledger.RegularityFigures;
import khodyar.domain.ledger.Rhythm;
import khodyar.domain.ledger.SavingsRound;
import khodyar.domain.ledger.Transaction;
import khodyar.domain.ledger.TransactionDraft;
import khodyar.domain.ledger.TxCode;
import khodyar.domain.money.DisplayUnit;
import khodyar.domain.money.Money;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Years of a group's weekly history written straight into the bot's data folder before the bot starts:
 * the group, its people and memberships as the bot stores them, the savings agreement with every weekly
 * round closed, and the ledger through the bot's own {@link LedgerStore#append} (each member's weekly
 * deposit; each year five members borrow and repay over ten weeks). Each round's close counts the running
 * regularity figures forward as {@code /closeround} does (catch up with the week's entries, then close),
 * so the seeded agreement carries them exactly as real closes would have written them.
 */
final class History {

    static final int MEMBERS = 25;
    static final long WEEKLY_DEPOSIT_RIALS = 500_000;
    static final long LOAN_RIALS = 5_000_000;
    static final int LOAN_WEEKS = 10;
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    /** A seeded group: who asks for their balance (a plain member) and who may ask for the report (the treasurer). */
    record Seeded(Path dataDir, String groupId, int weeks, Driver.Person member, Driver.Person treasurer, long entries) {
    }

    private History() {
    }

    /** Opens the data folder, writes one group of {@code weeks} weekly rounds into it, and closes it again. */
    static Seeded seed(Path dataDir, Instant now, int weeks) {
        try (EmbeddedMongo store = EmbeddedMongo.startForLoading(dataDir);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoTemplate mongo = new MongoTemplate(new SimpleMongoClientDatabaseFactory(client,
                    StoreConfiguration.DEFAULT_DATABASE));
            return group(dataDir, mongo, new LedgerStore(mongo), weeks, now);
        }
    }

    private static Seeded group(Path dataDir, MongoTemplate mongo, LedgerStore ledger, int weeks, Instant now) {
        String groupId = "history" + weeks + "w";
        long firstPerson = 9_000_000L;
        long facilitator = firstPerson + 999;
        Instant start = now.minus(Duration.ofDays(7L * weeks + 1));
        mongo.insert(new GroupDoc(groupId, "History " + weeks + "w", 3, Set.of(facilitator), Set.of(), Set.of(),
                "hist" + weeks, DisplayUnit.TOMAN, facilitator, start));
        mongo.insert(person(facilitator, "Facilitator" + weeks, groupId, Set.of(Role.FACILITATOR), start));
        List<PersonId> members = new ArrayList<>();
        for (int m = 0; m < MEMBERS; m++) {
            long id = firstPerson + m;
            Role role = m == 0 ? Role.TREASURER : m == 1 ? Role.CHAIR : m == 2 ? Role.SECRETARY : Role.MEMBER;
            String name = "H" + weeks + "x" + m;
            mongo.insert(person(id, name, groupId, Set.of(), start));
            mongo.insert(new Membership(Membership.idOf(groupId, id), groupId, id, name, role, m + 1, start, null, false));
            members.add(new PersonId(id));
        }
        PersonId treasurer = members.get(0);
        PersonId chair = members.get(1);
        List<SavingsDoc.ClosedRound> rounds = new ArrayList<>();
        Map<PersonId, LocalDate> membersSince = new HashMap<>();
        members.forEach(member -> membersSince.put(member, start.atZone(TEHRAN).toLocalDate()));
        RegularityFigures regularity = RegularityFigures.none();
        long entries = 0;
        for (int week = 1; week <= weeks; week++) {
            Instant day = start.plus(Duration.ofDays(7L * week));
            List<Transaction> thisWeek = new ArrayList<>();
            for (PersonId member : members) {
                PersonId confirmer = member.equals(treasurer) ? chair : treasurer;
                thisWeek.add(append(ledger, groupId, TransactionDraft.of(TxCode.SAVINGS_DEPOSIT,
                        Posting.savingsDeposit(member, Money.ofRials(WEEKLY_DEPOSIT_RIALS)), member, confirmer, day,
                        "hist:dep:" + week + ":" + member.value(), "")));
            }
            thisWeek.addAll(loans(ledger, groupId, members, treasurer, week, day));
            entries += thisWeek.size();
            LocalDate due = day.atZone(TEHRAN).toLocalDate();
            Instant closedAt = day.plusSeconds(3_600);
            // as /closeround: the figures caught up with the books (no deposit here comes from a report), then the round
            regularity = regularity.catchUp(thisWeek, entry -> entry.at().atZone(TEHRAN).toLocalDate(),
                            seq -> Optional.empty())
                    .orElseThrow(() -> new IllegalStateException("seeded entries reach into a closed round"))
                    .close(new SavingsRound(week, due, true, closedAt, treasurer), Money.ofRials(WEEKLY_DEPOSIT_RIALS),
                            membersSince);
            rounds.add(new SavingsDoc.ClosedRound(week, due, closedAt, treasurer.value(), "hist:round:" + week));
        }
        mongo.insert(new SavingsDoc(groupId, WEEKLY_DEPOSIT_RIALS, Rhythm.WEEKLY,
                start.plus(Duration.ofDays(7)).atZone(TEHRAN).toLocalDate(), chair.value(), start, rounds, rounds.size(),
                RegularityDoc.of(regularity)));
        Driver.Person member = new Driver.Person(members.get(5).value(), "H" + weeks + "x5");
        return new Seeded(dataDir, groupId, weeks, member, new Driver.Person(treasurer.value(), "H" + weeks + "x0"), entries);
    }

    /** From the tenth week of each year five members borrow; each repays a tenth a week. */
    private static List<Transaction> loans(LedgerStore ledger, String groupId, List<PersonId> members,
                                           PersonId treasurer, int week, Instant day) {
        int year = (week - 1) / 52;
        int weekOfYear = (week - 1) % 52;
        List<Transaction> appended = new ArrayList<>();
        for (int b = 0; b < 5; b++) {
            PersonId borrower = members.get(3 + (year * 5 + b) % (members.size() - 3));
            String loanId = "y" + year + "b" + b;
            if (weekOfYear == 9) {
                appended.add(append(ledger, groupId, TransactionDraft.of(TxCode.LOAN_DISBURSEMENT,
                        Posting.loanDisbursement(borrower, loanId, Money.ofRials(LOAN_RIALS)), treasurer, treasurer, day,
                        "hist:loan:" + loanId, "")));
            } else if (weekOfYear > 9 && weekOfYear <= 9 + LOAN_WEEKS) {
                appended.add(append(ledger, groupId, TransactionDraft.of(TxCode.REPAYMENT,
                        Posting.repayment(borrower, loanId, Money.ofRials(LOAN_RIALS / LOAN_WEEKS)), borrower, treasurer,
                        day, "hist:rep:" + loanId + ":" + weekOfYear, "")));
            }
        }
        return appended;
    }

    private static Transaction append(LedgerStore ledger, String groupId, TransactionDraft draft) {
        Outcome<LedgerStore.Appended> appended = ledger.append(new GroupId(groupId), draft);
        if (!(appended instanceof Outcome.Done<LedgerStore.Appended> done)) {
            throw new IllegalStateException("the ledger refused a seeded entry " + draft.idempotencyKey() + ": " + appended);
        }
        return done.value().transaction();
    }

    private static Person person(long id, String name, String groupId, Set<Role> staffRoles, Instant firstSeen) {
        return new Person(id, name, null, "fa", groupId, staffRoles, null, firstSeen);
    }
}
