package khodyar.bot.loan.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A request the member has typed but not yet confirmed: what the schedule they were shown was
 * worked out from. Its id becomes the loan's id, so confirming twice makes one loan.
 */
@Document("loan_drafts")
public record LoanDraftDoc(@Id String id, String groupId, long member, long amountRials, int months, String purpose,
                           Instant createdAt) {
}
