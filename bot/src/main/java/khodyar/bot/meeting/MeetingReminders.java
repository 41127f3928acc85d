package khodyar.bot.meeting;

import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.bot.i18n.Messages;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.meeting.internal.JobMark;
import khodyar.bot.meeting.internal.MeetingSettings;
import khodyar.bot.schedule.JobLock;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.OutMessage;
import khodyar.bot.telegram.outbound.OutMessage.Kind;
import khodyar.bot.telegram.outbound.OutMessage.Priority;
import khodyar.bot.telegram.outbound.OutboundQueue;
import khodyar.domain.group.Role;
import khodyar.domain.meeting.Meeting;
import khodyar.domain.meeting.ReminderPlan;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The meetings' scheduled work, every minute on one instance at a time: reminders (a day and an
 * hour before, or as the group chose), the attendance buttons to the secretary and facilitators
 * after a meeting, the facilitators' morning digest, and the rhythm's meetings of the coming weeks.
 * Each run handles what fell due since the last run up to now, so nothing is lost when runs are late
 * or the bot was down; every message's outbox id names what it is about (meeting, person, reminder),
 * so a run repeated after a crash sends nothing twice.
 */
@Component
public class MeetingReminders {

    static final String JOB = "meeting-reminders";
    static final Duration LEASE = Duration.ofMinutes(5);
    /** Reminders go out at most this long before a meeting (the longest a group may choose). */
    static final Duration LONGEST_LEAD = Duration.ofHours(RemindersCommand.LONGEST_LEAD_HOURS);
    /** The attendance buttons come when a meeting has had time to end. */
    static final Duration ATTENDANCE_AFTER = Duration.ofHours(2);
    static final LocalTime DIGEST_AT = LocalTime.of(7, 0);
    /** On the very first run there is no earlier run to catch up with. */
    static final Duration FIRST_RUN_LOOKBACK = Duration.ofMinutes(1);

    private final Meetings meetings;
    private final MeetingNotices notices;
    private final AttendanceSheets sheets;
    private final Groups groups;
    private final Messages messages;
    private final OutboundQueue outbound;
    private final JobLock jobLock;
    private final MongoTemplate mongo;
    private final Clock clock;

    public MeetingReminders(Meetings meetings, MeetingNotices notices, AttendanceSheets sheets, Groups groups,
                            Messages messages, OutboundQueue outbound, JobLock jobLock, MongoTemplate mongo, Clock clock) {
        this.meetings = meetings;
        this.notices = notices;
        this.sheets = sheets;
        this.groups = groups;
        this.messages = messages;
        this.outbound = outbound;
        this.jobLock = jobLock;
        this.mongo = mongo;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${bot.meetings.tick:60000}", initialDelayString = "${bot.meetings.first-tick:30000}")
    public void tick() {
        jobLock.runExclusively(JOB, LEASE, () -> runAt(clock.instant()));
    }

    /** Sends what fell due after the last run and up to {@code now}; a time before the last run does nothing. */
    public synchronized void runAt(Instant now) {
        JobMark mark = mongo.findById(JOB, JobMark.class);
        Instant since = mark == null ? now.minus(FIRST_RUN_LOOKBACK) : mark.doneUntil();
        if (!now.isAfter(since)) {
            return;
        }
        if (mark == null || !localDate(since).equals(localDate(now))) {
            fillRhythms();
        }
        remind(since, now);
        askForAttendance(since, now);
        sendDigests(since, now);
        mongo.save(new JobMark(JOB, now));
    }

    private void fillRhythms() {
        for (MeetingSettings settings : meetings.rhythms()) {
            GroupDoc group = groups.find(settings.groupId()).orElse(null);
            if (group != null) {
                meetings.materialise(group.id(), settings.rhythm(), group.createdBy());
            }
        }
    }

    private void remind(Instant since, Instant now) {
        Map<String, ReminderPlan> plans = new LinkedHashMap<>();
        for (Meeting meeting : meetings.upcomingStartingBetween(since, now.plus(LONGEST_LEAD))) {
            ReminderPlan plan = plans.computeIfAbsent(meeting.group().value(), meetings::reminderPlan);
            List<ReminderPlan.Due> due = plan.dueBetween(meeting, since, now);
            if (due.isEmpty()) {
                continue;
            }
            Optional<GroupDoc> group = groups.find(meeting.group().value());
            if (group.isEmpty()) {
                continue;
            }
            Map<Long, Lang> audience = notices.languages(notices.audience(group.get()));
            List<OutMessage> out = new ArrayList<>();
            for (ReminderPlan.Due reminder : due) {
                audience.forEach((person, lang) -> out.add(broadcast(reminderId(meeting, person, reminder.lead().name()),
                        person, reminderText(lang, group.get(), meeting, reminder.lead()), null, now)));
            }
            outbound.enqueue(out);
        }
    }

    /** {@code rem:<meeting>:<person>:<day|hour>}; a moved meeting's revision is added to the meeting's part. */
    static String reminderId(Meeting meeting, long person, String lead) {
        String about = meeting.revision() == 0 ? meeting.id().value() : meeting.id().value() + "." + meeting.revision();
        return "rem:" + about + ":" + person + ":" + lead;
    }

    private String reminderText(Lang lang, GroupDoc group, Meeting meeting, ReminderPlan.Lead lead) {
        String described = MeetingTexts.describe(messages, lang, meeting);
        if (lead.equals(ReminderPlan.DAY_BEFORE)) {
            return messages.get(lang, "meeting.reminder.day", group.name(), described);
        }
        if (lead.equals(ReminderPlan.HOUR_BEFORE)) {
            return messages.get(lang, "meeting.reminder.hour", group.name(), described);
        }
        return messages.get(lang, "meeting.reminder.soon", group.name(), described, lead.before().toHours());
    }

    private void askForAttendance(Instant since, Instant now) {
        for (Meeting meeting : meetings.upcomingStartingBetween(since.minus(ATTENDANCE_AFTER), now.minus(ATTENDANCE_AFTER))) {
            Optional<GroupDoc> group = groups.find(meeting.group().value());
            if (group.isEmpty()) {
                continue;
            }
            Set<Long> recorders = new LinkedHashSet<>();
            groups.members(group.get().id()).stream().filter(m -> m.role() == Role.SECRETARY).map(Membership::userId)
                    .forEach(recorders::add);
            recorders.addAll(group.get().facilitatorIds());
            List<OutMessage> out = new ArrayList<>();
            notices.languages(recorders).forEach((person, lang) -> {
                AttendanceSheets.Page sheet = sheets.render(meeting, lang, 0);
                out.add(broadcast("att:" + meeting.id().value() + ":" + person, person,
                        messages.get(lang, "attendance.request", group.get().name()) + "\n\n" + sheet.text(),
                        sheet.keyboard(), now));
            });
            outbound.enqueue(out);
        }
    }

    private void sendDigests(Instant since, Instant now) {
        for (LocalDate day = localDate(since); !day.isAfter(localDate(now)); day = day.plusDays(1)) {
            Instant digestAt = day.atTime(DIGEST_AT).atZone(meetings.zone()).toInstant();
            if (digestAt.isAfter(since) && !digestAt.isAfter(now)) {
                sendDigest(day, now);
            }
        }
    }

    private void sendDigest(LocalDate day, Instant now) {
        Instant dayStart = day.atStartOfDay(meetings.zone()).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(meetings.zone()).toInstant();
        Map<Long, List<String>> linesByFacilitator = new LinkedHashMap<>();
        Map<Long, Lang> langs = new LinkedHashMap<>();
        Map<String, GroupDoc> groupCache = new LinkedHashMap<>();
        List<Meeting> today = meetings.upcomingStartingBetween(dayStart.minusMillis(1), dayEnd.minusMillis(1));
        for (Meeting meeting : today) {
            GroupDoc group = groupCache.computeIfAbsent(meeting.group().value(), id -> groups.find(id).orElse(null));
            if (group == null) {
                continue;
            }
            for (Long facilitator : group.facilitatorIds()) {
                Lang lang = langs.computeIfAbsent(facilitator, id -> notices.languages(Set.of(id)).get(id));
                linesByFacilitator.computeIfAbsent(facilitator, id -> new ArrayList<>()).add(messages.get(lang,
                        "meeting.digest.line", group.name(), MeetingTexts.time(lang, meeting.time()),
                        meeting.place().isEmpty() ? "" : meeting.place()));
            }
        }
        List<OutMessage> out = new ArrayList<>();
        linesByFacilitator.forEach((facilitator, lines) -> out.add(broadcast("digest:" + facilitator + ":" + day,
                facilitator, messages.get(langs.get(facilitator), "meeting.digest",
                        MeetingTexts.day(messages, langs.get(facilitator), day), lines.size(), String.join("\n", lines)),
                null, now)));
        outbound.enqueue(out);
    }

    private LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, meetings.zone());
    }

    private static OutMessage broadcast(String id, long chatId, String text, Keyboard keyboard, Instant now) {
        return new OutMessage(id, chatId, Kind.SEND_TEXT, Priority.BROADCAST, text, keyboard, null, null, null, null, now,
                null, 0, OutMessage.State.PENDING, null);
    }
}
