package khodyar.bot.roadmap;

import java.util.List;
import java.util.Optional;

import khodyar.bot.roadmap.internal.AssessmentDoc;
import khodyar.domain.roadmap.Assessment;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The members' stage-1 assessments, per group. */
@Component
public class Assessments {

    private final MongoTemplate mongo;

    public Assessments(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(AssessmentDoc.class).createIndex(new Index("groupId", Sort.Direction.ASC));
    }

    /** Keeps the assessment; an earlier one of the same member in the group is replaced. */
    public void save(String groupId, Assessment assessment) {
        mongo.save(AssessmentDoc.of(groupId, assessment));
    }

    public Optional<Assessment> of(String groupId, long userId) {
        return Optional.ofNullable(mongo.findById(AssessmentDoc.idOf(groupId, userId), AssessmentDoc.class))
                .map(AssessmentDoc::toAssessment);
    }

    public List<Assessment> ofGroup(String groupId) {
        return mongo.find(Query.query(Criteria.where("groupId").is(groupId)), AssessmentDoc.class).stream()
                .map(AssessmentDoc::toAssessment)
                .toList();
    }
}
