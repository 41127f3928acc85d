package khodyar.domain.ledger;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import khodyar.domain.common.Refusal;
import khodyar.domain.group.PersonId;
import khodyar.domain.group.Role;

/**
 * The four-eyes rules: who may decide about money someone reported, and who may correct the books.
 * Each rule answers a refusal with its reason, or nothing when it allows; all rules are listed here.
 */
public final class ConfirmationPolicy {

    /** Whose money a decision is about, and whether they were a treasurer when they reported it. */
    public record Owner(PersonId person, boolean isTreasurer) {
    }

    /** Who is deciding, with the roles they hold in the group now. */
    public record Decider(PersonId person, Set<Role> roles) {
        public Decider {
            roles = Set.copyOf(roles);
        }
    }

    interface EntryRule {
        Optional<Refusal> check(Owner owner, Decider decider);
    }

    interface CorrectionRule {
        Optional<Refusal> check(PersonId proposer, Decider decider);
    }

    /** Nobody confirms or rejects their own deposit or repayment. */
    static final EntryRule NOT_THEIR_OWN_ENTRY = (owner, decider) -> owner.person().equals(decider.person())
            ? refusal("ledger.refused.ownEntry") : Optional.empty();

    /** A treasurer decides about members' entries; a treasurer's own entry goes to another board member. */
    static final EntryRule TREASURER_OR_BOARD_FOR_A_TREASURER = (owner, decider) -> {
        if (owner.isTreasurer()) {
            return decider.roles().stream().anyMatch(Role::isBoard) ? Optional.empty() : refusal("ledger.refused.notBoard");
        }
        return decider.roles().contains(Role.TREASURER) ? Optional.empty() : refusal("ledger.refused.notTreasurer");
    };

    /** Only a treasurer proposes a correction of the books. */
    static final CorrectionRule PROPOSER_IS_TREASURER = (proposer, decider) ->
            decider.roles().contains(Role.TREASURER) ? Optional.empty() : refusal("ledger.refused.notTreasurer");

    /** A correction is confirmed or rejected by a second board member, never by whoever proposed it. */
    static final CorrectionRule NOT_THEIR_OWN_PROPOSAL = (proposer, decider) -> proposer.equals(decider.person())
            ? refusal("ledger.refused.ownProposal") : Optional.empty();

    static final CorrectionRule DECIDER_IS_BOARD = (proposer, decider) ->
            decider.roles().stream().anyMatch(Role::isBoard) ? Optional.empty() : refusal("ledger.refused.notBoard");

    static List<EntryRule> entryRules() {
        return List.of(NOT_THEIR_OWN_ENTRY, TREASURER_OR_BOARD_FOR_A_TREASURER);
    }

    static List<CorrectionRule> correctionDecisionRules() {
        return List.of(NOT_THEIR_OWN_PROPOSAL, DECIDER_IS_BOARD);
    }

    private ConfirmationPolicy() {
    }

    /** Whether {@code decider} may confirm or reject an entry about {@code owner}'s money. */
    public static Optional<Refusal> mayDecideEntry(Owner owner, Decider decider) {
        return entryRules().stream().map(rule -> rule.check(owner, decider)).flatMap(Optional::stream).findFirst();
    }

    public static Optional<Refusal> mayProposeCorrection(Decider proposer) {
        return PROPOSER_IS_TREASURER.check(proposer.person(), proposer);
    }

    public static Optional<Refusal> mayDecideCorrection(PersonId proposer, Decider decider) {
        return correctionDecisionRules().stream().map(rule -> rule.check(proposer, decider))
                .flatMap(Optional::stream).findFirst();
    }

    /** The people to ask to confirm what {@code reporter} reported: everyone the rules allow, by id. */
    public static Set<PersonId> whoMayConfirm(PersonId reporter, Map<PersonId, Set<Role>> members) {
        Owner owner = new Owner(reporter, members.getOrDefault(reporter, Set.of()).contains(Role.TREASURER));
        Set<PersonId> allowed = new HashSet<>();
        members.forEach((person, roles) -> {
            if (mayDecideEntry(owner, new Decider(person, roles)).isEmpty()) {
                allowed.add(person);
            }
        });
        return Set.copyOf(allowed);
    }

    private static Optional<Refusal> refusal(String reasonKey) {
        return Optional.of(Refusal.of(reasonKey));
    }
}
