package khodyar.domain.assembly;

import java.util.List;

/** The message keys of every refusal the general assembly gives. */
public final class AssemblyReasons {

    public static final String CLOSED = "assembly.refused.closed";
    public static final String NOT_ELIGIBLE = "assembly.refused.notEligible";
    public static final String NOT_AN_OPTION = "assembly.refused.notAnOption";
    public static final String SECRET_FINAL = "assembly.refused.secretFinal";
    public static final String CANDIDATE_NOT_MEMBER = "assembly.refused.candidateNotMember";
    public static final String TOO_FEW_CANDIDATES = "assembly.refused.tooFewCandidates";
    public static final String BORROWER_NOT_MEMBER = "assembly.refused.borrowerNotMember";
    public static final String RECIPIENT_NOT_MEMBER = "assembly.refused.recipientNotMember";
    public static final String RATE_TOO_HIGH = "assembly.refused.rateTooHigh";

    public static final List<String> ALL = List.of(CLOSED, NOT_ELIGIBLE, NOT_AN_OPTION, SECRET_FINAL,
            CANDIDATE_NOT_MEMBER, TOO_FEW_CANDIDATES, BORROWER_NOT_MEMBER, RECIPIENT_NOT_MEMBER, RATE_TOO_HIGH);

    private AssemblyReasons() {
    }
}
