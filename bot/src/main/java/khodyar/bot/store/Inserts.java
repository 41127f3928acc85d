package khodyar.bot.store;

import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Inserting documents whose ids were chosen before they were written: a duplicate id means the same
 * thing was written before (a redelivered update, a repeated press), so it is not an error.
 */
public final class Inserts {

    private static final int DUPLICATE_KEY = 11000;

    private Inserts() {
    }

    /** Inserts what is new and returns it, in the order given; duplicates are skipped. */
    public static <T> List<T> insertNew(MongoTemplate mongo, List<T> documents, Class<T> type) {
        if (documents.isEmpty()) {
            return List.of();
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type).insert(documents).execute();
            return documents;
        } catch (BulkOperationException e) {
            Set<Integer> duplicates = new HashSet<>();
            e.getErrors().forEach(error -> {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                duplicates.add(error.getIndex());
            });
            List<T> inserted = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                if (!duplicates.contains(i)) {
                    inserted.add(documents.get(i));
                }
            }
            return inserted;
        }
    }

    /** Inserts one document; false when a document with its id was there already. */
    public static <T> boolean insertIfNew(MongoTemplate mongo, T document) {
        try {
            mongo.insert(document);
            return true;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return false;
        }
    }
}
