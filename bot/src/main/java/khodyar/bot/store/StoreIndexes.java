package khodyar.bot.store;

import khodyar.bot.group.Membership;
import khodyar.bot.telegram.intake.InboxEntry;
import khodyar.bot.telegram.outbound.OutMessage;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** The indexes the queries rely on, declared in code and created at start on either store. */
@Component
public class StoreIndexes {

    public StoreIndexes(MongoTemplate mongo) {
        mongo.indexOps(InboxEntry.class).createIndex(new Index("state", Sort.Direction.ASC));
        mongo.indexOps(OutMessage.class).createIndex(new Index("state", Sort.Direction.ASC));
        mongo.indexOps(Membership.class).createIndex(new Index("groupId", Sort.Direction.ASC).on("joinOrder", Sort.Direction.ASC));
        mongo.indexOps(Membership.class).createIndex(new Index("userId", Sort.Direction.ASC));
    }
}
