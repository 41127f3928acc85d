package khodyar.domain.group;

import java.util.EnumSet;
import java.util.Set;

import static khodyar.domain.group.Role.ADMIN;
import static khodyar.domain.group.Role.CHAIR;
import static khodyar.domain.group.Role.COUNSELLOR;
import static khodyar.domain.group.Role.FACILITATOR;
import static khodyar.domain.group.Role.LOCAL_IMPLEMENTER;
import static khodyar.domain.group.Role.MEMBER;
import static khodyar.domain.group.Role.PARENT_EXPERT;
import static khodyar.domain.group.Role.SECRETARY;
import static khodyar.domain.group.Role.TREASURER;

/**
 * Who may do what: every action a user can take, with the roles that allow it. The whole table reads
 * in one place; the bot checks it for every action through one gate.
 */
public enum Permission {
    INVITE_STAFF(false, ADMIN),
    /** A local implementer or parent expert for the active group: its facilitator asks for them. */
    INVITE_GROUP_STAFF(true, FACILITATOR, ADMIN),
    CREATE_GROUP(false, FACILITATOR, ADMIN),
    LIST_OWN_GROUPS(false, FACILITATOR, LOCAL_IMPLEMENTER, PARENT_EXPERT, ADMIN),
    VIEW_MEMBERS(true, MEMBER, TREASURER, CHAIR, SECRETARY, FACILITATOR, LOCAL_IMPLEMENTER, PARENT_EXPERT, ADMIN),
    SET_ROLE(true, FACILITATOR),
    REPORT_DEPOSIT(true, MEMBER, TREASURER, CHAIR, SECRETARY),
    CONFIRM_PAYMENT(true, TREASURER, CHAIR, SECRETARY),
    VIEW_OWN_BALANCE(true, MEMBER, TREASURER, CHAIR, SECRETARY),
    VIEW_MEMBER_DETAILS(true, TREASURER, CHAIR, SECRETARY, FACILITATOR),
    REQUEST_LOAN(true, MEMBER, TREASURER, CHAIR, SECRETARY),
    REPORT_REPAYMENT(true, MEMBER, TREASURER, CHAIR, SECRETARY),
    VOTE(true, MEMBER, TREASURER, CHAIR, SECRETARY),
    PROPOSE(true, CHAIR, SECRETARY, TREASURER, FACILITATOR),
    SCHEDULE_MEETING(true, FACILITATOR, CHAIR, SECRETARY, TREASURER),
    VIEW_MEETINGS(true, MEMBER, TREASURER, CHAIR, SECRETARY, FACILITATOR, LOCAL_IMPLEMENTER, PARENT_EXPERT),
    RECORD_ATTENDANCE(true, FACILITATOR, SECRETARY),
    VIEW_ROADMAP(true, MEMBER, TREASURER, CHAIR, SECRETARY, FACILITATOR, LOCAL_IMPLEMENTER, PARENT_EXPERT, ADMIN),
    SIGN_STEP(true, FACILITATOR, LOCAL_IMPLEMENTER, PARENT_EXPERT, TREASURER, CHAIR, SECRETARY),
    ASSESS_PERSON(true, FACILITATOR, COUNSELLOR),
    VIEW_REPORT(true, CHAIR, SECRETARY, TREASURER, FACILITATOR, LOCAL_IMPLEMENTER, PARENT_EXPERT, ADMIN),
    RECORD_SAVINGS_AGREEMENT(true, FACILITATOR),
    KEEP_BOOKS(true, TREASURER),
    RECONCILE_BOOKS(true, CHAIR, SECRETARY, TREASURER, ADMIN),
    BROADCAST_TO_GROUP(true, ADMIN);

    private final boolean needsGroup;
    private final Set<Role> allowed;

    Permission(boolean needsGroup, Role first, Role... rest) {
        this.needsGroup = needsGroup;
        this.allowed = EnumSet.of(first, rest);
    }

    /** Whether the action concerns one group, so the person's roles in that group decide. */
    public boolean needsGroup() {
        return needsGroup;
    }

    public boolean allows(Set<Role> roles) {
        return roles.stream().anyMatch(allowed::contains);
    }

    public Set<Role> allowedRoles() {
        return EnumSet.copyOf(allowed);
    }
}
