package khodyar.domain.ledger;

/**
 * The answer to an append: the ledger after it and the transaction that now holds the key.
 *
 * @param duplicate true when the key had been applied already with the same content: nothing new
 *                  was written and {@code transaction} is the earlier one ("already done")
 */
public record Appended(Ledger ledger, Transaction transaction, boolean duplicate) {
}
