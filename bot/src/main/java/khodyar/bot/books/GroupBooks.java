package khodyar.bot.books;

import khodyar.domain.roadmap.BookFacts;

/**
 * What the group's books say, for the roadmap's gates and the steps the books decide: built from the
 * ledger (deposits, rounds, loans, repayments) and the assembly's decisions (the interest rate).
 */
public interface GroupBooks {

    BookFacts factsOf(String groupId);
}
