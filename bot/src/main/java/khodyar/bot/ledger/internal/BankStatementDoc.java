package khodyar.bot.ledger.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** The balance a bank statement showed, as the treasurer last recorded it for the group. */
@Document("ledger_bank_statements")
public record BankStatementDoc(@Id String groupId, long rials, long recordedBy, Instant recordedAt) {
}
