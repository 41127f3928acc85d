package khodyar.bot.ledger.internal;

import khodyar.bot.store.Inserts;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.GroupId;
import khodyar.domain.ledger.Account;
import khodyar.domain.ledger.BalanceCache;
import khodyar.domain.ledger.Ledger;
import khodyar.domain.ledger.PendingEntry;
import khodyar.domain.ledger.Transaction;
import khodyar.domain.ledger.TransactionDraft;
import khodyar.domain.ledger.TxCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * The ledger, pending entries and balance caches in the store. There are no multi-document
 * transactions: an append is one insert whose unique indexes decide whether it moved money, every
 * state change is one guarded findAndModify, and the balance cache is rebuilt from what it missed.
 */
@Component
public class LedgerStore {

    /** Losing the seq race this often in a row means something is wrong, not busy. */
    static final int APPEND_ATTEMPTS = 50;

    /** How far back a member's last entries are looked for by ids, and how many ids one query asks for. */
    static final int LOOK_BACK_ENTRIES = 1_024;
    static final int LOOK_BACK_BATCH = 64;

    private final MongoTemplate mongo;

    public LedgerStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(TransactionDoc.class).createIndex(new Index().on("groupId", Sort.Direction.ASC)
                .on("seq", Sort.Direction.ASC).unique().named("group_seq"));
        mongo.indexOps(TransactionDoc.class).createIndex(new Index().on("groupId", Sort.Direction.ASC)
                .on("idempotencyKey", Sort.Direction.ASC).unique().named("group_key"));
        mongo.indexOps(TransactionDoc.class).createIndex(new Index().on("groupId", Sort.Direction.ASC)
                .on("members", Sort.Direction.ASC));
        mongo.indexOps(PendingDoc.class).createIndex(new Index().on("state", Sort.Direction.ASC)
                .on("reportedAt", Sort.Direction.ASC));
        mongo.indexOps(PendingDoc.class).createIndex(new Index().on("groupId", Sort.Direction.ASC)
                .on("state", Sort.Direction.ASC));
    }

    /** The answer to an append: the transaction holding the key, and whether it was there already. */
    public record Appended(Transaction transaction, boolean duplicate) {
    }

    // ---- the ledger ----

    /**
     * Appends the draft with the group's next seq. The same key with the same content answers the
     * earlier transaction ("already done"); with other content, or a correction the books do not
     * allow, it is refused.
     */
    public Outcome<Appended> append(GroupId group, TransactionDraft draft) {
        for (int attempt = 0; attempt < APPEND_ATTEMPTS; attempt++) {
            Optional<Transaction> earlier = byKey(group, draft.idempotencyKey());
            if (earlier.isPresent()) {
                return earlier.get().draft().sameContentAs(draft)
                        ? Outcome.done(new Appended(earlier.get(), true))
                        : Outcome.refused("ledger.refused.keyReused");
            }
            Transaction next;
            if (draft.reverses() > 0) {
                // corrections are rare: check them against the whole books
                Outcome<khodyar.domain.ledger.Appended> checked = ledger(group).append(draft);
                if (!(checked instanceof Outcome.Done<khodyar.domain.ledger.Appended> done)) {
                    return Outcome.refused(((Outcome.Refused<khodyar.domain.ledger.Appended>) checked).refusal());
                }
                next = done.value().transaction();
            } else {
                next = new Transaction(group, lastSeq(group) + 1, draft.code(), draft.postings(), draft.reportedBy(),
                        draft.confirmedBy(), draft.at(), draft.idempotencyKey(), draft.memo(), 0);
            }
            try {
                mongo.insert(TransactionDoc.of(next));
            } catch (DuplicateKeyException lostTheRace) {
                continue;
            }
            balances(group);
            return Outcome.done(new Appended(next, false));
        }
        throw new IllegalStateException("could not append to the ledger of " + group.value() + " after "
                + APPEND_ATTEMPTS + " attempts");
    }

    public Optional<Transaction> byKey(GroupId group, String idempotencyKey) {
        TransactionDoc doc = mongo.findOne(Query.query(Criteria.where("groupId").is(group.value())
                .and("idempotencyKey").is(idempotencyKey)), TransactionDoc.class);
        return Optional.ofNullable(doc).map(TransactionDoc::toTransaction);
    }

    public Optional<Transaction> bySeq(GroupId group, long seq) {
        return Optional.ofNullable(mongo.findById(TransactionDoc.idOf(group.value(), seq), TransactionDoc.class))
                .map(TransactionDoc::toTransaction);
    }

    /**
     * The newest entry's seq: from the balance cache's seq forward, by the entries' ids. Ids and unique
     * keys are all the embedded store indexes, so this stays cheap however long the books grow.
     */
    public long lastSeq(GroupId group) {
        long cached = storedCache(group).seq();
        if (cached > 0 && bySeq(group, cached).isEmpty()) {
            // a cache that claims more than the books hold (reconciliation says so); ask the books
            TransactionDoc last = mongo.findOne(Query.query(Criteria.where("groupId").is(group.value()))
                    .with(Sort.by(Sort.Direction.DESC, "seq")).limit(1), TransactionDoc.class);
            return last == null ? 0 : last.seq();
        }
        long seq = cached;
        // by id, not exists(): that is a count, which the embedded store answers by scanning the collection
        while (bySeq(group, seq + 1).isPresent()) {
            seq++;
        }
        return seq;
    }

    /** The few entries after {@code seq}, one id after another (seq is gapless): for what is a little behind. */
    public List<Transaction> tailAfter(GroupId group, long seq) {
        List<Transaction> tail = new ArrayList<>();
        for (long next = seq + 1; ; next++) {
            Optional<Transaction> entry = bySeq(group, next);
            if (entry.isEmpty()) {
                return tail;
            }
            tail.add(entry.get());
        }
    }

    public List<Transaction> transactionsAfter(GroupId group, long seq) {
        return mongo.find(Query.query(Criteria.where("groupId").is(group.value()).and("seq").gt(seq))
                        .with(Sort.by("seq")), TransactionDoc.class)
                .stream().map(TransactionDoc::toTransaction).toList();
    }

    /** The whole books, replayed: for checks (corrections, reconciliation), not for every read. */
    public Ledger ledger(GroupId group) {
        return Ledger.of(group, transactionsAfter(group, 0));
    }

    /**
     * The person's last {@code last} entries on their own accounts, oldest first: walks back from the
     * newest entry by ids, a batch at a time, so the cost follows how recently they were active, not
     * how long the books are. Someone with no entries in the last {@value #LOOK_BACK_ENTRIES} is looked
     * up by the (groupId, members) index, which the embedded store answers by a scan.
     */
    public List<Transaction> entriesOf(GroupId group, long person, int last) {
        long newest = lastSeq(group);
        long oldestLookedAt = Math.max(1, newest - LOOK_BACK_ENTRIES + 1);
        List<TransactionDoc> newestFirst = new ArrayList<>();
        for (long to = newest; to >= oldestLookedAt && newestFirst.size() < last; to -= LOOK_BACK_BATCH) {
            List<String> ids = LongStream.rangeClosed(Math.max(oldestLookedAt, to - LOOK_BACK_BATCH + 1), to)
                    .mapToObj(seq -> TransactionDoc.idOf(group.value(), seq)).toList();
            mongo.find(Query.query(Criteria.where("_id").in(ids)), TransactionDoc.class).stream()
                    .filter(doc -> doc.members() != null && doc.members().contains(person))
                    .sorted(Comparator.comparingLong(TransactionDoc::seq).reversed())
                    .limit(last - newestFirst.size())
                    .forEach(newestFirst::add);
        }
        if (newestFirst.size() < last && oldestLookedAt > 1 && hasAccounts(group, person)) {
            newestFirst.addAll(mongo.find(Query.query(Criteria.where("groupId").is(group.value())
                            .and("members").is(person).and("seq").lt(oldestLookedAt))
                    .with(Sort.by(Sort.Direction.DESC, "seq")).limit(last - newestFirst.size()), TransactionDoc.class));
        }
        List<Transaction> oldestFirst = new ArrayList<>(newestFirst.stream().map(TransactionDoc::toTransaction).toList());
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** Whether the person has ever had an account of their own in the group's books (by the balance cache). */
    private boolean hasAccounts(GroupId group, long person) {
        return balances(group).balances().keySet().stream().anyMatch(account ->
                (account instanceof Account.MemberSavings s && s.member().value() == person)
                        || (account instanceof Account.MemberLoan l && l.member().value() == person));
    }

    public List<Transaction> withCode(GroupId group, TxCode code) {
        return mongo.find(Query.query(Criteria.where("groupId").is(group.value()).and("code").is(code))
                .with(Sort.by("seq")), TransactionDoc.class).stream().map(TransactionDoc::toTransaction).toList();
    }

    public List<String> groupsWithBooks() {
        return mongo.findDistinct(new Query(), "groupId", TransactionDoc.class, String.class);
    }

    // ---- the balance cache ----

    /** The group's balances: the stored cache caught up with the transactions after its seq. */
    public BalanceCache balances(GroupId group) {
        BalanceCacheDoc stored = mongo.findById(group.value(), BalanceCacheDoc.class);
        BalanceCache cache = stored == null ? BalanceCache.empty() : stored.toCache();
        List<Transaction> missed = tailAfter(group, cache.seq());
        if (missed.isEmpty()) {
            return cache;
        }
        BalanceCache caughtUp = cache.catchUp(missed);
        storeCache(group, stored, caughtUp);
        return caughtUp;
    }

    /** The cache exactly as stored, not caught up: what reconciliation checks. */
    public BalanceCache storedCache(GroupId group) {
        BalanceCacheDoc stored = mongo.findById(group.value(), BalanceCacheDoc.class);
        return stored == null ? BalanceCache.empty() : stored.toCache();
    }

    /** Replaces the cache (after a reconciliation alarm, with the rebuild from the postings). */
    public void replaceCache(GroupId group, BalanceCache cache) {
        mongo.save(BalanceCacheDoc.of(group.value(), cache));
    }

    private void storeCache(GroupId group, BalanceCacheDoc stored, BalanceCache caughtUp) {
        BalanceCacheDoc next = BalanceCacheDoc.of(group.value(), caughtUp);
        if (stored == null) {
            Inserts.insertIfNew(mongo, next);
            return;
        }
        // only forward, and only from what was read: a concurrent reader that got further wins
        mongo.updateFirst(Query.query(Criteria.where("_id").is(group.value()).and("seq").is(stored.seq())),
                new Update().set("seq", next.seq()).set("rows", next.rows()), BalanceCacheDoc.class);
    }

    // ---- pending entries ----

    /** Stores a report; false when it was stored before (the same update handled again). */
    public boolean report(PendingDoc entry) {
        return Inserts.insertIfNew(mongo, entry);
    }

    public Optional<PendingDoc> pending(String id) {
        return Optional.ofNullable(mongo.findById(id, PendingDoc.class));
    }

    public List<PendingDoc> waiting(String groupId) {
        return mongo.find(Query.query(Criteria.where("groupId").is(groupId).and("state").is(PendingEntry.State.PENDING))
                .with(Sort.by("reportedAt")), PendingDoc.class);
    }

    public List<PendingDoc> waitingSince(Instant reportedBefore) {
        return mongo.find(Query.query(Criteria.where("state").is(PendingEntry.State.PENDING)
                .and("reportedAt").lte(reportedBefore)).with(Sort.by("reportedAt")), PendingDoc.class);
    }

    public List<PendingDoc> waitingOf(String groupId, long member) {
        return mongo.find(Query.query(Criteria.where("groupId").is(groupId).and("member").is(member)
                .and("state").is(PendingEntry.State.PENDING)).with(Sort.by("reportedAt")), PendingDoc.class);
    }

    public List<PendingDoc> posted(String groupId) {
        return mongo.find(Query.query(Criteria.where("groupId").is(groupId).and("state").is(PendingEntry.State.POSTED)),
                PendingDoc.class);
    }

    public List<PendingDoc> postedNotAppended() {
        return mongo.find(Query.query(Criteria.where("state").is(PendingEntry.State.POSTED).and("appended").is(false)),
                PendingDoc.class);
    }

    public void setNotices(String id, List<PendingDoc.Notice> notices) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("notices", notices), PendingDoc.class);
    }

    /** PENDING to the decided state, only if still pending: null when someone else decided first. */
    public PendingDoc decide(PendingEntry decided) {
        return mongo.findAndModify(
                Query.query(Criteria.where("_id").is(decided.id()).and("state").is(PendingEntry.State.PENDING)),
                new Update().set("state", decided.state()).set("decidedBy", decided.decidedBy().value())
                        .set("decidedAt", decided.decidedAt()).set("reason", decided.reason()),
                FindAndModifyOptions.options().returnNew(true), PendingDoc.class);
    }

    public void markAppended(String pendingId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(pendingId)), Update.update("appended", true),
                PendingDoc.class);
    }

    // ---- corrections ----

    public boolean propose(CorrectionDoc proposal) {
        return Inserts.insertIfNew(mongo, proposal);
    }

    public Optional<CorrectionDoc> correction(String id) {
        return Optional.ofNullable(mongo.findById(id, CorrectionDoc.class));
    }

    public void setCorrectionNotices(String id, List<PendingDoc.Notice> notices) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("notices", notices), CorrectionDoc.class);
    }

    /** PROPOSED to the decided state, only if still proposed: null when someone else decided first. */
    public CorrectionDoc decide(khodyar.domain.ledger.CorrectionProposal decided) {
        return mongo.findAndModify(
                Query.query(Criteria.where("_id").is(decided.id()).and("state")
                        .is(khodyar.domain.ledger.CorrectionProposal.State.PROPOSED)),
                new Update().set("state", decided.state()).set("decidedBy", decided.decidedBy().value())
                        .set("decidedAt", decided.decidedAt()),
                FindAndModifyOptions.options().returnNew(true), CorrectionDoc.class);
    }

    public void markCorrectionAppended(String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("appended", true), CorrectionDoc.class);
    }

    public List<CorrectionDoc> confirmedNotAppended() {
        return mongo.find(Query.query(Criteria.where("state").is(khodyar.domain.ledger.CorrectionProposal.State.CONFIRMED)
                .and("appended").is(false)), CorrectionDoc.class);
    }

    // ---- savings agreement and bank statements ----

    public Optional<SavingsDoc> savings(String groupId) {
        return Optional.ofNullable(mongo.findById(groupId, SavingsDoc.class));
    }

    /** The agreement's terms and closed count only: what a member's dues need, however many rounds closed. */
    public Optional<SavingsDoc.Terms> savingsTerms(String groupId) {
        Query query = Query.query(Criteria.where("_id").is(groupId));
        query.fields().include("amountPerRoundRials", "rhythm", "firstDueDate", "closedCount");
        return Optional.ofNullable(mongo.findOne(query, SavingsDoc.Terms.class,
                mongo.getCollectionName(SavingsDoc.class)));
    }

    public void saveAgreement(SavingsDoc agreement) {
        mongo.save(agreement);
    }

    /**
     * Adds a closed round, with the regularity figures counted with it, if no other round was closed
     * meanwhile; false when it lost that race.
     */
    public boolean closeRound(String groupId, int closedBefore, SavingsDoc.ClosedRound round, RegularityDoc figures) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(groupId).and("closedCount").is(closedBefore)),
                new Update().push("closedRounds", round).set("closedCount", closedBefore + 1)
                        .set("regularity", figures),
                SavingsDoc.class).getModifiedCount() == 1;
    }

    /**
     * Stores figures caught up (or rebuilt) for the rounds closed now; only forward, and only while no
     * round was closed meanwhile (the close wrote its own).
     */
    public void saveRegularity(String groupId, RegularityDoc figures) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(groupId).and("closedCount").is(figures.closedRounds())
                        .orOperator(Criteria.where("regularity").is(null),
                                Criteria.where("regularity.closedRounds").ne(figures.closedRounds()),
                                Criteria.where("regularity.throughSeq").lte(figures.throughSeq()))),
                Update.update("regularity", figures), SavingsDoc.class);
    }

    public Optional<BankStatementDoc> bankStatement(String groupId) {
        return Optional.ofNullable(mongo.findById(groupId, BankStatementDoc.class));
    }

    public void saveBankStatement(BankStatementDoc statement) {
        mongo.save(statement);
    }
}
