package khodyar.domain.group;

import java.util.EnumSet;
import java.util.Set;

/** A person's role in a group. Roles users see carry their message key. */
public enum Role {
    MEMBER("role.member"),
    TREASURER("role.treasurer"),
    CHAIR("role.chair"),
    SECRETARY("role.secretary"),
    FACILITATOR("role.facilitator"),
    LOCAL_IMPLEMENTER("role.localImplementer"),
    PARENT_EXPERT("role.parentExpert"),
    COUNSELLOR("role.counsellor"),
    /** Administers this deployment (BOT_ADMINS); not a role inside a group. */
    ADMIN("role.admin");

    /** The executive board the assembly elects (O4). */
    public static final Set<Role> BOARD = EnumSet.of(CHAIR, SECRETARY, TREASURER);
    /** Roles a member of the group holds; the others are the programme's staff. */
    public static final Set<Role> MEMBER_ROLES = EnumSet.of(MEMBER, TREASURER, CHAIR, SECRETARY);

    private final String messageKey;

    Role(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean isBoard() {
        return BOARD.contains(this);
    }

    public boolean isMemberRole() {
        return MEMBER_ROLES.contains(this);
    }
}
