package khodyar.bot.meeting;

import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.domain.group.PersonId;
import khodyar.domain.meeting.AttendanceBook;
import khodyar.domain.meeting.Meeting;
import khodyar.domain.meeting.TrainingRecord;
import khodyar.domain.roadmap.StepId;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the group's meetings say, for the roadmap view and the group's report: attendance rates per
 * member and for the group, the trainings held by subject and the roadmap steps they fulfil, and
 * how many meetings were held (regular meetings are the first of the five disciplines banks look for).
 */
@Component
public class MeetingFacts {

    private final Meetings meetings;
    private final Groups groups;

    public MeetingFacts(Meetings meetings, Groups groups) {
        this.meetings = meetings;
        this.groups = groups;
    }

    /** Attendance of each member since they joined, and of the group as a whole. */
    public AttendanceBook attendance(String groupId) {
        Map<PersonId, Instant> joined = new LinkedHashMap<>();
        members(groupId).forEach(m -> joined.put(new PersonId(m.userId()), m.joinedAt() == null ? Instant.EPOCH : m.joinedAt()));
        return AttendanceBook.of(meetings.all(groupId), joined);
    }

    /** The trainings held, counted by subject. */
    public TrainingRecord trainings(String groupId) {
        return TrainingRecord.of(meetings.all(groupId));
    }

    /** The roadmap steps (C1, C2, C10, M5, M6) that the trainings held fulfil. */
    public Set<StepId> stepsFulfilledByTrainings(String groupId) {
        return trainings(groupId).stepsFulfilled();
    }

    /** Meetings held (attendance recorded), oldest first. */
    public List<Meeting> held(String groupId) {
        return meetings.all(groupId).stream().filter(Meeting::isHeld).toList();
    }

    public Optional<Meeting> lastHeld(String groupId) {
        return held(groupId).stream().max(Comparator.comparing(Meeting::startsAt));
    }

    List<Membership> members(String groupId) {
        return groups.members(groupId);
    }
}
