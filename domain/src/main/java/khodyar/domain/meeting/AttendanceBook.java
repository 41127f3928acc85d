package khodyar.domain.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import khodyar.domain.group.PersonId;

/**
 * Attendance rates from the meetings a group has held. A member is expected at the held meetings
 * on or after the day they joined (someone often joins at a meeting); someone who came though not
 * yet a member counts as expected too.
 */
public final class AttendanceBook {

    private final Map<PersonId, AttendanceRate> byMember;
    private final AttendanceRate group;

    private AttendanceBook(Map<PersonId, AttendanceRate> byMember) {
        this.byMember = Map.copyOf(byMember);
        this.group = byMember.values().stream().reduce(AttendanceRate.NONE, AttendanceRate::plus);
    }

    /** The rates of the members (with when they joined), over the meetings given; meetings not held are skipped. */
    public static AttendanceBook of(Collection<Meeting> meetings, Map<PersonId, Instant> joinedAt) {
        List<Meeting> held = meetings.stream().filter(Meeting::isHeld).toList();
        Map<PersonId, AttendanceRate> rates = new LinkedHashMap<>();
        joinedAt.forEach((member, joined) -> {
            int expected = 0;
            int attended = 0;
            for (Meeting meeting : held) {
                boolean came = meeting.present().contains(member);
                if (came || !meeting.date().isBefore(LocalDate.ofInstant(joined, meeting.zone()))) {
                    expected++;
                    attended += came ? 1 : 0;
                }
            }
            rates.put(member, new AttendanceRate(attended, expected));
        });
        return new AttendanceBook(rates);
    }

    public AttendanceRate of(PersonId member) {
        return byMember.getOrDefault(member, AttendanceRate.NONE);
    }

    public Map<PersonId, AttendanceRate> byMember() {
        return byMember;
    }

    /** All members' attendances over all their expected places. */
    public AttendanceRate group() {
        return group;
    }
}
