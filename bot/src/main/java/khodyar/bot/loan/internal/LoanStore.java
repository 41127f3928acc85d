package khodyar.bot.loan.internal;

import khodyar.bot.store.Inserts;
import khodyar.domain.loan.Loan;
import khodyar.domain.loan.LoanStatus;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Loans and loan requests not yet confirmed, as stored. */
@Component
public class LoanStore {

    private static final int ATTEMPTS = 20;
    private static final List<LoanStatus> OUTSTANDING = List.of(LoanStatus.DISBURSED, LoanStatus.REPAYING,
            LoanStatus.OVERDUE);
    /** Requested, approved or paid out and not closed: what the one-open-loan rule counts. */
    private static final List<LoanStatus> OPEN = List.of(LoanStatus.REQUESTED, LoanStatus.APPROVED,
            LoanStatus.DISBURSED, LoanStatus.REPAYING, LoanStatus.OVERDUE);

    private final MongoTemplate mongo;

    public LoanStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(LoanDoc.class).createIndex(new Index("groupId", Sort.Direction.ASC));
    }

    public Optional<LoanDoc> loan(String id) {
        return Optional.ofNullable(mongo.findById(id, LoanDoc.class));
    }

    /** Stores a new loan; false when a loan with its id is there already (a second press). */
    public boolean insertIfNew(LoanDoc loan) {
        return Inserts.insertIfNew(mongo, loan);
    }

    public void save(LoanDoc loan) {
        mongo.save(loan);
    }

    /**
     * Moves a loan by {@code move} under the optimistic lock, reading again when someone else moved it
     * first. {@code move} sees the loan as stored and returns it unchanged when there is nothing to do.
     */
    public Optional<LoanDoc> update(String id, Function<Loan, Loan> move) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            LoanDoc stored = mongo.findById(id, LoanDoc.class);
            if (stored == null) {
                return Optional.empty();
            }
            Loan before = stored.toLoan();
            Loan after = move.apply(before);
            if (after == before) {
                return Optional.of(stored);
            }
            try {
                return Optional.of(mongo.save(stored.with(after)));
            } catch (OptimisticLockingFailureException movedMeanwhile) {
                // read again
            }
        }
        throw new IllegalStateException("loan " + id + " kept changing; gave up");
    }

    public List<LoanDoc> ofGroup(String groupId) {
        return mongo.find(Query.query(Criteria.where("groupId").is(groupId)).with(Sort.by("requestedAt")),
                LoanDoc.class);
    }

    public List<LoanDoc> openOf(String groupId, long member) {
        return mongo.find(Query.query(Criteria.where("groupId").is(groupId).and("borrower").is(member)
                .and("status").in(OPEN)).with(Sort.by("requestedAt")), LoanDoc.class);
    }

    public List<LoanDoc> ofMember(String groupId, long member) {
        return mongo.find(Query.query(Criteria.where("groupId").is(groupId).and("borrower").is(member))
                .with(Sort.by(Sort.Direction.DESC, "requestedAt")), LoanDoc.class);
    }

    /** Every loan paid out and not closed, in every group: what the follow-up looks at. */
    public List<LoanDoc> outstanding() {
        return mongo.find(Query.query(Criteria.where("status").in(OUTSTANDING)), LoanDoc.class);
    }

    public Optional<LoanDraftDoc> draft(String id) {
        return Optional.ofNullable(mongo.findById(id, LoanDraftDoc.class));
    }

    public void saveDraft(LoanDraftDoc draft) {
        Inserts.insertIfNew(mongo, draft);
    }

    public void dropDraft(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), LoanDraftDoc.class);
    }
}
