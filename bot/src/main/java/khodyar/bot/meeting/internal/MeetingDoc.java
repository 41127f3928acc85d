package khodyar.bot.meeting.internal;

import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.meeting.Meeting;
import khodyar.domain.meeting.MeetingId;
import khodyar.domain.meeting.MeetingKind;
import khodyar.domain.meeting.MeetingStatus;
import khodyar.domain.meeting.Training;
import khodyar.domain.meeting.TrainingSubject;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A meeting as stored. The local time is kept as text with its zone (the store would shift a
 * {@code LocalDateTime} by the server's zone); {@code startsAt} is there for queries.
 */
@Document("meetings")
public record MeetingDoc(
        @Id String id,
        String groupId,
        MeetingKind kind,
        String localAt,
        String zone,
        Instant startsAt,
        String place,
        String topic,
        Long ledBy,
        MeetingStatus status,
        int revision,
        Instant changedAt,
        Long changedBy,
        TrainingSubject trainingSubject,
        String teacher,
        List<Long> present,
        Long attendanceBy,
        String cancelReason,
        boolean fromRhythm,
        @Version Long version) {

    public static MeetingDoc of(Meeting m, boolean fromRhythm, Long version) {
        return new MeetingDoc(m.id().value(), m.group().value(), m.kind(), m.at().toString(), m.zone().getId(),
                m.startsAt(), m.place(), m.topic(), idOf(m.ledBy()), m.status(), m.revision(), m.changedAt(),
                idOf(m.changedBy()), m.trainingRecord().map(Training::subject).orElse(null),
                m.trainingRecord().map(Training::teacher).orElse(null),
                m.present().stream().map(PersonId::value).sorted().toList(), idOf(m.attendanceBy()), m.cancelReason(),
                fromRhythm, version);
    }

    public Meeting toMeeting() {
        return new Meeting(new MeetingId(id), new GroupId(groupId), kind, LocalDateTime.parse(localAt), ZoneId.of(zone),
                place, topic, person(ledBy), status, revision, changedAt, person(changedBy),
                trainingSubject == null ? null : new Training(trainingSubject, teacher),
                present == null ? null : present.stream().map(PersonId::new).collect(Collectors.toSet()),
                person(attendanceBy), cancelReason);
    }

    private static Long idOf(PersonId person) {
        return person == null ? null : person.value();
    }

    private static PersonId person(Long id) {
        return id == null ? null : new PersonId(id);
    }
}
