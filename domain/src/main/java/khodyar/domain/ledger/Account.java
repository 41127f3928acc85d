package khodyar.domain.ledger;

import khodyar.domain.group.PersonId;

/**
 * An account of a group's books. Each has a stable {@link #key()} under which storage keeps it and
 * from which {@link #parse(String)} gives it back.
 *
 * <p>Assets are debit-normal (what the group holds or is owed: cash, the bank account, loans to
 * members); the rest are credit-normal (what the group owes or has earned: members' savings,
 * bank loans, grants, income).
 */
public sealed interface Account {

    String key();

    Side normalSide();

    /** The side on which an account's balance normally grows. */
    enum Side { DEBIT, CREDIT }

    /** What the group owes a member: their savings. */
    record MemberSavings(PersonId member) implements Account {
        public String key() {
            return "savings:" + member.value();
        }

        public Side normalSide() {
            return Side.CREDIT;
        }
    }

    /** What a member owes the group on one internal loan. */
    record MemberLoan(PersonId member, String loanId) implements Account {
        public MemberLoan {
            requireName(loanId, "loan id");
        }

        public String key() {
            return "loan:" + member.value() + ":" + loanId;
        }

        public Side normalSide() {
            return Side.DEBIT;
        }
    }

    /** Cash kept by the treasurer. */
    record Cash() implements Account {
        public String key() {
            return "cash";
        }

        public Side normalSide() {
            return Side.DEBIT;
        }
    }

    /** The group's bank account. */
    record Bank() implements Account {
        public String key() {
            return "bank";
        }

        public Side normalSide() {
            return Side.DEBIT;
        }
    }

    /** Interest, fees or fines the group has earned. */
    record Income(IncomeKind kind) implements Account {
        public Income {
            if (kind == null) {
                throw new IllegalArgumentException("income kind is missing");
            }
        }

        public String key() {
            return "income:" + kind.keyPart();
        }

        public Side normalSide() {
            return Side.CREDIT;
        }
    }

    /** Grants received, by who gave them. */
    record Grant(String source) implements Account {
        public Grant {
            requireName(source, "grant source");
        }

        public String key() {
            return "grant:" + source;
        }

        public Side normalSide() {
            return Side.CREDIT;
        }
    }

    /** What the group owes a bank on one bank loan. */
    record BankLoanPayable(String bankLoanId) implements Account {
        public BankLoanPayable {
            requireName(bankLoanId, "bank loan id");
        }

        public String key() {
            return "bankloan:" + bankLoanId;
        }

        public Side normalSide() {
            return Side.CREDIT;
        }
    }

    Cash CASH = new Cash();
    Bank BANK = new Bank();

    /** The account stored under {@code key}; a broken key is a bug in storage, not a user error. */
    static Account parse(String key) {
        if (key == null) {
            throw new IllegalArgumentException("account key is missing");
        }
        if (key.equals("cash")) {
            return CASH;
        }
        if (key.equals("bank")) {
            return BANK;
        }
        int colon = key.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("unknown account key: " + key);
        }
        String rest = key.substring(colon + 1);
        switch (key.substring(0, colon)) {
            case "savings":
                return new MemberSavings(new PersonId(parsePersonId(rest, key)));
            case "loan": {
                int split = rest.indexOf(':');
                if (split < 0) {
                    throw new IllegalArgumentException("loan account key without loan id: " + key);
                }
                return new MemberLoan(new PersonId(parsePersonId(rest.substring(0, split), key)),
                        rest.substring(split + 1));
            }
            case "income":
                return new Income(IncomeKind.fromKeyPart(rest));
            case "grant":
                return new Grant(rest);
            case "bankloan":
                return new BankLoanPayable(rest);
            default:
                throw new IllegalArgumentException("unknown account key: " + key);
        }
    }

    private static long parsePersonId(String digits, String key) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad person id in account key: " + key, e);
        }
    }

    private static void requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
    }
}
