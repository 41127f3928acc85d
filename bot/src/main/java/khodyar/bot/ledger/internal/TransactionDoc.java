package khodyar.bot.ledger.internal;

import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.Account;
import khodyar.domain.ledger.Posting;
import khodyar.domain.ledger.Transaction;
import khodyar.domain.ledger.TxCode;
import khodyar.domain.money.Money;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One transaction of a group's ledger as stored; never updated or deleted. Its id is the group and
 * seq, and unique indexes on (groupId, seq) and (groupId, idempotencyKey) decide which of two
 * concurrent appends moved the money.
 *
 * @param members the people whose own accounts it touches, so a member's entries are found without replay
 */
@Document("ledger")
public record TransactionDoc(@Id String id, String groupId, long seq, TxCode code, List<PostingDoc> postings,
                             Long reportedBy, Long confirmedBy, Instant at, String idempotencyKey, String memo,
                             long reverses, List<Long> members) {

    public record PostingDoc(String debit, String credit, long rials) {
    }

    public static String idOf(String groupId, long seq) {
        return groupId + ":" + seq;
    }

    public static TransactionDoc of(Transaction transaction) {
        List<PostingDoc> postings = transaction.postings().stream()
                .map(p -> new PostingDoc(p.debit().key(), p.credit().key(), p.amount().rials())).toList();
        List<Long> members = transaction.postings().stream()
                .flatMap(p -> Stream.of(p.debit(), p.credit()))
                .map(TransactionDoc::ownerOf).filter(Objects::nonNull).distinct().toList();
        return new TransactionDoc(idOf(transaction.groupId().value(), transaction.seq()), transaction.groupId().value(),
                transaction.seq(), transaction.code(), postings, idOrNull(transaction.reportedBy()),
                idOrNull(transaction.confirmedBy()), transaction.at(), transaction.idempotencyKey(), transaction.memo(),
                transaction.reverses(), members);
    }

    public Transaction toTransaction() {
        List<Posting> domainPostings = postings.stream()
                .map(p -> new Posting(Account.parse(p.debit()), Account.parse(p.credit()), Money.ofRials(p.rials())))
                .toList();
        return new Transaction(new GroupId(groupId), seq, code, domainPostings, new PersonId(reportedBy),
                confirmedBy == null ? null : new PersonId(confirmedBy), at, idempotencyKey, memo, reverses);
    }

    private static Long ownerOf(Account account) {
        if (account instanceof Account.MemberSavings savings) {
            return savings.member().value();
        }
        if (account instanceof Account.MemberLoan loan) {
            return loan.member().value();
        }
        return null;
    }

    private static Long idOrNull(PersonId person) {
        return person == null ? null : person.value();
    }
}
