package khodyar.bot.assembly.internal;

import khodyar.bot.i18n.Messages;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.Keyboard.Button;
import khodyar.domain.assembly.BoardSeatElection;
import khodyar.domain.assembly.Candidate;
import khodyar.domain.assembly.Choice;
import khodyar.domain.assembly.ConstitutionTerms;
import khodyar.domain.assembly.Decision;
import khodyar.domain.assembly.Distribution;
import khodyar.domain.assembly.ElectionPayload;
import khodyar.domain.assembly.FreeMotion;
import khodyar.domain.assembly.LoanRequest;
import khodyar.domain.assembly.Proposal;
import khodyar.domain.assembly.ProposalPayload;
import khodyar.domain.assembly.RateTerms;
import khodyar.domain.assembly.Representatives;
import khodyar.domain.assembly.SavingsTerms;
import khodyar.domain.assembly.Secrecy;
import khodyar.domain.assembly.Tally;
import khodyar.domain.group.PersonId;
import khodyar.domain.money.DisplayUnit;
import khodyar.domain.money.Money;
import khodyar.domain.text.PersianFormat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words of the assembly in one language: a proposal's description, its ballot and buttons, and
 * its outcome. Nothing here ever puts a member next to a choice of a secret ballot.
 */
public final class AssemblyTexts {

    public static final String VOTE_PREFIX = "v";
    public static final String CHANGE_PREFIX = "vc";

    private final Messages messages;
    private final Lang lang;
    private final Map<Long, String> names;
    private final DisplayUnit unit;
    private final ZoneId zone;

    public AssemblyTexts(Messages messages, Lang lang, Map<Long, String> names, DisplayUnit unit, ZoneId zone) {
        this.messages = messages;
        this.lang = lang;
        this.names = names;
        this.unit = unit;
        this.zone = zone;
    }

    public String text(String key, Object... args) {
        return messages.get(lang, key, args);
    }

    public String name(PersonId person) {
        return names.getOrDefault(person.value(), "#" + person.value());
    }

    public String description(ProposalPayload payload) {
        if (payload instanceof RateTerms rate) {
            return rate.isInterestFree() ? text("assemblychat.describe.interestFree")
                    : text("assemblychat.describe.rate", rate.percentPerYear());
        }
        if (payload instanceof FreeMotion motion) {
            return motion.text();
        }
        if (payload instanceof LoanRequest loan) {
            String asked = text("assemblychat.describe.loan", name(loan.borrower()), money(loan.amount()),
                    text(unit.messageKey()), loan.months());
            return loan.purpose().isEmpty() ? asked : asked + "\n" + text("assemblychat.describe.loanPurpose", loan.purpose());
        }
        if (payload instanceof BoardSeatElection election) {
            return text("assemblychat.describe.seat", text(election.seat().messageKey()), candidates(election));
        }
        if (payload instanceof Representatives representatives) {
            return text("assemblychat.describe.representatives", representatives.seats(), candidates(representatives));
        }
        if (payload instanceof SavingsTerms savings) {
            return savings(savings);
        }
        if (payload instanceof ConstitutionTerms terms) {
            return savings(terms.savings()) + "\n" + text("assemblychat.describe.constitution", terms.loanMultiple(),
                    terms.maxTermMonths(), terms.quorum().percentOfMembers(), text(terms.majority().messageKey()));
        }
        Distribution distribution = (Distribution) payload;
        StringBuilder lines = new StringBuilder(text("assemblychat.describe.distribution"));
        distribution.shares().forEach((person, share) -> lines.append('\n')
                .append(text("assemblychat.describe.share", name(person), money(share), text(unit.messageKey()))));
        return lines.toString();
    }

    /** The ballot's text: what is asked, how it is voted, until when. */
    public String ballot(Proposal proposal) {
        return text("assemblychat.ballot", text(proposal.kind().messageKey()), description(proposal.payload()),
                text(proposal.secrecy().messageKey()), text(proposal.rules().majority().messageKey()),
                date(proposal.deadline()));
    }

    /** One button per option; the data names the proposal and the option only. */
    public Keyboard choices(Proposal proposal) {
        List<List<Button>> rows = new ArrayList<>();
        for (Choice option : proposal.options()) {
            rows.add(List.of(new Button(label(option), VOTE_PREFIX + ":" + proposal.id().value() + ":" + ChoiceCodes.code(option))));
        }
        return Keyboard.inline(rows);
    }

    public String label(Choice choice) {
        return choice instanceof Candidate candidate ? text(choice.labelKey(), name(candidate.person()))
                : text(choice.labelKey());
    }

    /** The ballot after the member's vote: the choice shown only in an open ballot, which may still change. */
    public String afterVote(Proposal proposal, Choice choice) {
        return proposal.secrecy() == Secrecy.SECRET
                ? ballot(proposal) + "\n\n" + text("assemblychat.secretRecorded")
                : ballot(proposal) + "\n\n" + text("assemblychat.yourVote", label(choice));
    }

    public Keyboard changeButton(Proposal proposal) {
        return Keyboard.inline(List.of(List.of(new Button(text("assemblychat.button.change"),
                CHANGE_PREFIX + ":" + proposal.id().value()))));
    }

    /** The running counts: only of open ballots; a secret ballot's counts are told when it closes. */
    public String runningCounts(Proposal proposal) {
        if (proposal.secrecy() == Secrecy.SECRET) {
            return text("assemblychat.secretRunning", proposal.ballot().ballotsCast(), proposal.electorate().size());
        }
        return counts(proposal, proposal.tally(), proposal.ballot().counts());
    }

    public String outcome(Proposal proposal) {
        Decision decision = proposal.decision().orElseThrow();
        StringBuilder text = new StringBuilder(text("assemblychat.outcome", text(proposal.kind().messageKey()),
                description(proposal.payload()), text(decision.verdict().messageKey()), date(decision.decidedAt())));
        if (!decision.elected().isEmpty()) {
            text.append('\n').append(text("assemblychat.elected",
                    decision.elected().stream().map(this::name).collect(Collectors.joining(text("list.separator")))));
        }
        text.append('\n').append(counts(proposal, decision.tally(), decision.counts()));
        text.append('\n').append(text(decision.reason().messageKey()));
        return text.toString();
    }

    /** One line for the records: kind, text, counts, outcome and when. */
    public String record(Proposal proposal) {
        String head = text("assemblychat.record", text(proposal.kind().messageKey()), description(proposal.payload()),
                date(proposal.openedAt()));
        if (proposal.isOpen()) {
            return head + "\n" + text("assemblychat.record.open", date(proposal.deadline())) + "\n"
                    + runningCounts(proposal);
        }
        Decision decision = proposal.decision().orElseThrow();
        String line = head + "\n" + text("assemblychat.record.decided", text(decision.verdict().messageKey()),
                date(decision.decidedAt()));
        if (!decision.elected().isEmpty()) {
            line += "\n" + text("assemblychat.elected",
                    decision.elected().stream().map(this::name).collect(Collectors.joining(text("list.separator"))));
        }
        return line + "\n" + counts(proposal, decision.tally(), decision.counts());
    }

    private String counts(Proposal proposal, Tally tally, Map<Choice, Integer> counts) {
        if (!(proposal.payload() instanceof ElectionPayload)) {
            return text("assembly.tally", tally.votesFor(), tally.votesAgainst(), tally.abstentions(), tally.notVoted());
        }
        StringBuilder lines = new StringBuilder();
        counts.forEach((choice, count) -> {
            if (choice instanceof Candidate candidate) {
                lines.append(text("assemblychat.candidateVotes", name(candidate.person()), count)).append('\n');
            }
        });
        return lines + text("assemblychat.electionTally", tally.abstentions(), tally.notVoted());
    }

    private String candidates(ElectionPayload election) {
        return election.candidates().stream().map(this::name).collect(Collectors.joining(text("list.separator")));
    }

    private String savings(SavingsTerms savings) {
        String terms = text("assemblychat.describe.savings", money(savings.amountPerPeriod()), text(unit.messageKey()),
                text(savings.rhythm().messageKey()), money(savings.lateFine()));
        return savings.firstDueDate()
                .map(first -> terms + "\n" + text("assembly2.describe.firstDue", PersianFormat.date(first, lang.code())))
                .orElse(terms);
    }

    private String money(Money money) {
        return PersianFormat.amount(money, unit, lang.code());
    }

    public String date(Instant instant) {
        return PersianFormat.date(LocalDate.ofInstant(instant, zone), lang.code());
    }
}
