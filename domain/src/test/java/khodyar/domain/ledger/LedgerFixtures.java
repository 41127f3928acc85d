package khodyar.domain.ledger;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;
import khodyar.domain.money.Money;

/** A small savings group and helpers, named after what they are in the group. */
final class LedgerFixtures {

    static final GroupId GROUP = new GroupId("g-golestan");
    static final PersonId TREASURER = new PersonId(101);
    static final PersonId SECOND_TREASURER = new PersonId(102);
    static final PersonId CHAIR = new PersonId(103);
    static final PersonId SECRETARY = new PersonId(104);
    static final PersonId MINA = new PersonId(201);
    static final PersonId REZA = new PersonId(202);

    static final Set<Role> TREASURER_ROLES = Set.of(Role.MEMBER, Role.TREASURER);
    static final Set<Role> CHAIR_ROLES = Set.of(Role.MEMBER, Role.CHAIR);
    static final Set<Role> SECRETARY_ROLES = Set.of(Role.MEMBER, Role.SECRETARY);
    static final Set<Role> MEMBER_ROLES = Set.of(Role.MEMBER);

    static final Instant MONDAY_MORNING = Instant.parse("2025-03-24T06:30:00Z");

    static Map<PersonId, Set<Role>> golestanMembers() {
        return Map.of(TREASURER, TREASURER_ROLES, CHAIR, CHAIR_ROLES, SECRETARY, SECRETARY_ROLES,
                MINA, MEMBER_ROLES, REZA, MEMBER_ROLES);
    }

    static Money toman(long toman) {
        return Money.ofToman(toman);
    }

    static TransactionDraft depositConfirmedByTreasurer(PersonId member, Money amount, String key) {
        return depositConfirmedByTreasurer(member, amount, key, MONDAY_MORNING);
    }

    static TransactionDraft depositConfirmedByTreasurer(PersonId member, Money amount, String key, Instant at) {
        return TransactionDraft.of(TxCode.SAVINGS_DEPOSIT, Posting.savingsDeposit(member, amount), member, TREASURER,
                at, key, "");
    }

    /** Appends and insists it was appended anew: for building up the books in a test's "given". */
    static Ledger appended(Ledger ledger, TransactionDraft draft) {
        Appended appended = ledger.append(draft).orElseThrow();
        if (appended.duplicate()) {
            throw new IllegalStateException("fixture appended a duplicate: " + draft.idempotencyKey());
        }
        return appended.ledger();
    }

    static String refusalKey(Outcome<?> outcome) {
        if (outcome instanceof Outcome.Refused<?> refused) {
            return refused.refusal().reasonKey();
        }
        throw new AssertionError("expected a refusal, got " + outcome);
    }

    private LedgerFixtures() {
    }
}
