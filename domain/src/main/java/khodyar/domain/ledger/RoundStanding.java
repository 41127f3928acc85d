package khodyar.domain.ledger;

import java.time.LocalDate;
import khodyar.domain.money.Money;

/**
 * One member's standing in one round.
 *
 * @param paid   what of this round's amount is paid so far (deposits fill rounds in order)
 * @param paidOn the day the round became fully paid, or null
 */
public record RoundStanding(SavingsRound round, Money due, Money paid, LocalDate paidOn, Status status) {

    public enum Status {
        ON_TIME("savings.status.onTime"),
        LATE("savings.status.late"),
        PARTLY_PAID("savings.status.partlyPaid"),
        UNPAID("savings.status.unpaid");

        private final String messageKey;

        Status(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
