package khodyar.bot.meeting;

import khodyar.bot.config.BotSettings;
import khodyar.bot.meeting.internal.AttendanceSheet;
import khodyar.bot.meeting.internal.MeetingDoc;
import khodyar.bot.meeting.internal.MeetingSettings;
import khodyar.bot.store.Inserts;
import khodyar.domain.group.GroupId;
import khodyar.domain.meeting.Meeting;
import khodyar.domain.meeting.MeetingId;
import khodyar.domain.meeting.MeetingKind;
import khodyar.domain.meeting.MeetingRhythm;
import khodyar.domain.meeting.MeetingStatus;
import khodyar.domain.meeting.ReminderPlan;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The groups' meetings as stored, and their rhythms and reminder settings. */
@Component
public class Meetings {

    /** How far ahead a rhythm's meetings are made, so people see them in /meetings and get reminded. */
    static final int RHYTHM_HORIZON_DAYS = 28;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ZoneId zone;

    public Meetings(MongoTemplate mongo, Clock clock, BotSettings settings) {
        this.mongo = mongo;
        this.clock = clock;
        this.zone = settings.timezone();
        mongo.indexOps(MeetingDoc.class).createIndex(new Index("groupId", Sort.Direction.ASC));
    }

    /** The zone of meetings and reminders ({@code BOT_TIMEZONE}). */
    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public Optional<Meeting> find(String id) {
        return Optional.ofNullable(mongo.findById(id, MeetingDoc.class)).map(MeetingDoc::toMeeting);
    }

    /** Stores a new meeting; false when one with its id exists already (the same update handled again). */
    public boolean add(Meeting meeting) {
        return Inserts.insertIfNew(mongo, MeetingDoc.of(meeting, false, null));
    }

    /** Stores a changed meeting; a concurrent change of the same meeting fails with an optimistic-lock error. */
    public void update(Meeting changed) {
        MeetingDoc stored = mongo.findById(changed.id().value(), MeetingDoc.class);
        if (stored == null) {
            throw new IllegalStateException("no meeting " + changed.id().value());
        }
        mongo.save(MeetingDoc.of(changed, stored.fromRhythm(), stored.version()));
    }

    /** Meetings still to come (or begun less than the given time ago), soonest first. */
    public List<Meeting> upcoming(String groupId, Instant since) {
        return docs(Query.query(Criteria.where("groupId").is(groupId).and("startsAt").gt(since)
                .and("status").in(MeetingStatus.SCHEDULED, MeetingStatus.MOVED)));
    }

    public List<Meeting> all(String groupId) {
        return docs(Query.query(Criteria.where("groupId").is(groupId)));
    }

    /** Meetings of any group still to come that start in the window (from exclusive, to inclusive). */
    public List<Meeting> upcomingStartingBetween(Instant from, Instant to) {
        return docs(Query.query(Criteria.where("startsAt").gt(from).lte(to)
                .and("status").in(MeetingStatus.SCHEDULED, MeetingStatus.MOVED)));
    }

    /** The latest meeting of the group that has begun and is not cancelled, for attendance. */
    public Optional<Meeting> latestBegun(String groupId, Instant now) {
        List<Meeting> begun = docs(Query.query(Criteria.where("groupId").is(groupId).and("startsAt").lte(now)
                .and("status").ne(MeetingStatus.CANCELLED)));
        return begun.isEmpty() ? Optional.empty() : Optional.of(begun.get(begun.size() - 1));
    }

    public MeetingSettings settings(String groupId) {
        MeetingSettings stored = mongo.findById(groupId, MeetingSettings.class);
        return stored != null ? stored : new MeetingSettings(groupId, null, null, null, null, null, null);
    }

    public ReminderPlan reminderPlan(String groupId) {
        List<Long> hours = settings(groupId).reminderHours();
        return hours == null || hours.isEmpty() ? ReminderPlan.STANDARD : ReminderPlan.ofHours(hours);
    }

    public void setReminderHours(String groupId, List<Long> hours) {
        mongo.upsert(Query.query(Criteria.where("_id").is(groupId)), Update.update("reminderHours", hours),
                MeetingSettings.class);
    }

    /**
     * Sets the group's rhythm and makes its meetings of the coming weeks; meetings an earlier rhythm
     * made that nobody moved, and that the new rhythm does not keep, are cancelled.
     */
    public List<Meeting> setRhythm(String groupId, MeetingRhythm rhythm, long by) {
        mongo.upsert(Query.query(Criteria.where("_id").is(groupId)), new Update().set("cadence", rhythm.cadence())
                .set("weekday", rhythm.weekday()).set("time", rhythm.time().toString()).set("place", rhythm.place())
                .set("from", rhythm.from().toString()), MeetingSettings.class);
        Instant now = clock.instant();
        Set<String> kept = new HashSet<>();
        rhythm.occurrences(today(), today().plusDays(RHYTHM_HORIZON_DAYS)).forEach(at -> kept.add(rhythmId(groupId, at)));
        for (MeetingDoc doc : mongo.find(Query.query(Criteria.where("groupId").is(groupId).and("fromRhythm").is(true)
                .and("status").is(MeetingStatus.SCHEDULED).and("startsAt").gt(now)), MeetingDoc.class)) {
            if (!kept.contains(doc.id())) {
                update(doc.toMeeting().cancel(new khodyar.domain.group.PersonId(by), "", now));
            }
        }
        return materialise(groupId, rhythm, by);
    }

    /** Makes the rhythm's meetings of the coming weeks that do not exist yet; ids from the date make it idempotent. */
    public List<Meeting> materialise(String groupId, MeetingRhythm rhythm, long by) {
        Instant now = clock.instant();
        List<MeetingDoc> made = rhythm.occurrences(today(), today().plusDays(RHYTHM_HORIZON_DAYS)).stream()
                .map(at -> Meeting.schedule(new MeetingId(rhythmId(groupId, at)), new GroupId(groupId), MeetingKind.REGULAR,
                        at, zone, rhythm.place(), "", new khodyar.domain.group.PersonId(by), now))
                .filter(khodyar.domain.common.Outcome::isDone)
                .map(outcome -> MeetingDoc.of(outcome.orElseThrow(), true, null))
                .toList();
        return Inserts.insertNew(mongo, made, MeetingDoc.class).stream().map(MeetingDoc::toMeeting).toList();
    }

    /** Every group's rhythm, so a daily job can keep their coming weeks filled. */
    public List<MeetingSettings> rhythms() {
        return mongo.find(Query.query(Criteria.where("cadence").ne(null)), MeetingSettings.class);
    }

    public AttendanceSheet sheet(String meetingId) {
        AttendanceSheet sheet = mongo.findById(meetingId, AttendanceSheet.class);
        return sheet != null ? sheet : new AttendanceSheet(meetingId, Set.of());
    }

    /** Marks one person present or absent on the sheet: pressing the same button twice changes nothing more. */
    public AttendanceSheet mark(String meetingId, long personId, boolean present) {
        Update update = present ? new Update().addToSet("present", personId) : new Update().pull("present", personId);
        mongo.upsert(Query.query(Criteria.where("_id").is(meetingId)), update, AttendanceSheet.class);
        return sheet(meetingId);
    }

    /** Starts a sheet from what was recorded before, so a correction starts from the record. */
    public void startSheet(Meeting meeting) {
        Inserts.insertIfNew(mongo, new AttendanceSheet(meeting.id().value(),
                new HashSet<>(meeting.present().stream().map(khodyar.domain.group.PersonId::value).toList())));
    }

    private static String rhythmId(String groupId, LocalDateTime at) {
        return "r" + groupId + "-" + Long.toString(at.toLocalDate().toEpochDay(), 36);
    }

    private List<Meeting> docs(Query query) {
        return mongo.find(query.with(Sort.by("startsAt")), MeetingDoc.class).stream().map(MeetingDoc::toMeeting).toList();
    }
}
