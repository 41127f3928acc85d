package khodyar.bot.assembly;

import khodyar.bot.chat.Conversation;
import khodyar.bot.chat.Conversations;
import khodyar.bot.chat.Flow;
import khodyar.bot.chat.Menu;
import khodyar.bot.chat.Turn;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.Keyboard.ReplyButton;
import khodyar.domain.assembly.ConstitutionTerms;
import khodyar.domain.assembly.GroupRules;
import khodyar.domain.assembly.Majority;
import khodyar.domain.assembly.ProposalPayload;
import khodyar.domain.assembly.Quorum;
import khodyar.domain.assembly.SavingsRhythm;
import khodyar.domain.assembly.SavingsTerms;
import khodyar.domain.assembly.VotingRules;
import khodyar.domain.common.Outcome;
import khodyar.domain.money.Money;
import khodyar.domain.text.PersianInput;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The savings agreement (O3) and the constitution (O2) asked one question at a time. Both start with
 * the savings amount and rhythm; the agreement then asks the first due date, the constitution the
 * loan multiple, the longest term, the quorum and the majority, each with buttons and the usual value
 * first. Choices travel as reply buttons, so the answers are plain text like a typed one.
 */
@Component
public class TermsFlow implements Flow {

    static final String NAME = "propose.terms";
    static final String SAVINGS = "savings";
    static final String CONSTITUTION = "constitution";
    /** Choices offered for the constitution's numbers; anything in range may be typed instead. */
    static final List<Integer> LOAN_MULTIPLES = List.of(GroupRules.DEFAULT_LOAN_MULTIPLE, 1, 2, 4, 5);
    static final List<Integer> TERMS_IN_MONTHS = List.of(GroupRules.DEFAULT_MAX_TERM_MONTHS, 6, 18, 24);
    static final List<Integer> QUORUM_PERCENTS = List.of(VotingRules.defaults().quorum().percentOfMembers(), 60, 75);
    static final int LONGEST_TERM_MONTHS = 60;

    private final Proposing proposing;
    private final Conversations conversations;

    public TermsFlow(Proposing proposing, Conversations conversations) {
        this.proposing = proposing;
        this.conversations = conversations;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Starts the questions of the savings agreement or the constitution. */
    void start(Turn turn, String kind) {
        conversations.start(turn.in(), NAME, "amount", Map.of("kind", kind));
        turn.reply(Menu.cancelOnly(turn), "assembly2.terms.askAmount", turn.text(turn.group().orElseThrow()
                .displayUnit().messageKey()));
    }

    @Override
    public void onInput(Turn turn, Conversation conversation) {
        if (!proposing.mayPropose(turn)) {
            conversations.end(turn.in());
            return;
        }
        String typed = turn.in().text() == null ? "" : turn.in().text().strip();
        boolean constitution = CONSTITUTION.equals(conversation.answer("kind"));
        switch (conversation.step()) {
            case "amount" -> {
                Outcome<Money> amount = PersianInput.parseAmount(typed, turn.group().orElseThrow().displayUnit());
                if (amount instanceof Outcome.Refused<Money> refused) {
                    turn.reply(Menu.cancelOnly(turn), refused.refusal().reasonKey(), refused.refusal().args().toArray());
                    return;
                }
                next(turn, conversation, "rhythm", "amount", Long.toString(amount.orElseThrow().rials()));
                turn.reply(rhythms(turn), "assembly2.terms.askRhythm");
            }
            case "rhythm" -> {
                Optional<SavingsRhythm> rhythm = rhythmNamed(turn, typed);
                if (rhythm.isEmpty()) {
                    turn.reply(rhythms(turn), "assembly2.terms.askRhythm");
                    return;
                }
                if (constitution) {
                    next(turn, conversation, "multiple", "rhythm", rhythm.get().name());
                    turn.reply(numbers(turn, LOAN_MULTIPLES), "assembly2.terms.askMultiple", LOAN_MULTIPLES.get(0));
                } else {
                    next(turn, conversation, "first", "rhythm", rhythm.get().name());
                    turn.reply(Menu.cancelOnly(turn), "assembly2.terms.askFirstDate");
                }
            }
            case "first" -> {
                Outcome<LocalDate> first = PersianInput.parseJalaliDate(typed);
                if (first instanceof Outcome.Refused<LocalDate> refused) {
                    turn.reply(Menu.cancelOnly(turn), refused.refusal().reasonKey(), refused.refusal().args().toArray());
                    return;
                }
                SavingsTerms terms = savings(conversation, Optional.of(first.orElseThrow()));
                openAndEnd(turn, terms);
            }
            case "multiple" -> number(typed, 1, 10).ifPresentOrElse(multiple -> {
                next(turn, conversation, "term", "multiple", Integer.toString(multiple));
                turn.reply(numbers(turn, TERMS_IN_MONTHS), "assembly2.terms.askTerm", TERMS_IN_MONTHS.get(0));
            }, () -> turn.reply(numbers(turn, LOAN_MULTIPLES), "assembly2.terms.askMultiple", LOAN_MULTIPLES.get(0)));
            case "term" -> number(typed, 1, LONGEST_TERM_MONTHS).ifPresentOrElse(months -> {
                next(turn, conversation, "quorum", "term", Integer.toString(months));
                turn.reply(numbers(turn, QUORUM_PERCENTS), "assembly2.terms.askQuorum", QUORUM_PERCENTS.get(0));
            }, () -> turn.reply(numbers(turn, TERMS_IN_MONTHS), "assembly2.terms.askTerm", TERMS_IN_MONTHS.get(0)));
            case "quorum" -> number(typed, 1, 100).ifPresentOrElse(percent -> {
                next(turn, conversation, "majority", "quorum", Integer.toString(percent));
                turn.reply(majorities(turn), "assembly2.terms.askMajority");
            }, () -> turn.reply(numbers(turn, QUORUM_PERCENTS), "assembly2.terms.askQuorum", QUORUM_PERCENTS.get(0)));
            case "majority" -> {
                Optional<Majority> majority = majorityNamed(turn, typed);
                if (majority.isEmpty()) {
                    turn.reply(majorities(turn), "assembly2.terms.askMajority");
                    return;
                }
                ConstitutionTerms terms = new ConstitutionTerms(savings(conversation, Optional.empty()),
                        Integer.parseInt(conversation.answer("multiple")), Integer.parseInt(conversation.answer("term")),
                        new Quorum(Integer.parseInt(conversation.answer("quorum"))), majority.get());
                openAndEnd(turn, terms);
            }
            default -> conversations.end(turn.in());
        }
    }

    private void openAndEnd(Turn turn, ProposalPayload terms) {
        proposing.open(turn, terms, "u" + turn.in().updateId());
        // a refused proposal (say, no members yet) ends the questions too: answering again would not help
        conversations.end(turn.in());
    }

    private void next(Turn turn, Conversation conversation, String step, String name, String value) {
        conversations.save(conversation.next(step, name, value, turn.now()));
    }

    private static SavingsTerms savings(Conversation conversation, Optional<LocalDate> first) {
        return new SavingsTerms(Money.ofRials(Long.parseLong(conversation.answer("amount"))),
                SavingsRhythm.valueOf(conversation.answer("rhythm")), Money.ZERO, first);
    }

    private static Optional<Integer> number(String typed, int least, int most) {
        Outcome<Long> number = PersianInput.parseWholeNumber(typed);
        if (number instanceof Outcome.Done<Long> done && done.value() >= least && done.value() <= most) {
            return Optional.of(done.value().intValue());
        }
        return Optional.empty();
    }

    private static Optional<SavingsRhythm> rhythmNamed(Turn turn, String typed) {
        for (SavingsRhythm rhythm : SavingsRhythm.values()) {
            if (matches(turn, typed, rhythm.name(), rhythm.messageKey())) {
                return Optional.of(rhythm);
            }
        }
        return Optional.empty();
    }

    private static Optional<Majority> majorityNamed(Turn turn, String typed) {
        for (Majority majority : Majority.values()) {
            if (matches(turn, typed, majority.name(), majority.messageKey())) {
                return Optional.of(majority);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(Turn turn, String typed, String code, String messageKey) {
        if (typed.equalsIgnoreCase(code)) {
            return true;
        }
        for (Lang lang : Lang.values()) {
            if (typed.equals(turn.text(lang, messageKey))) {
                return true;
            }
        }
        return false;
    }

    private static Keyboard rhythms(Turn turn) {
        List<List<ReplyButton>> rows = new ArrayList<>();
        for (SavingsRhythm rhythm : SavingsRhythm.values()) {
            rows.add(List.of(ReplyButton.of(turn.text(rhythm.messageKey()))));
        }
        rows.add(List.of(ReplyButton.of(turn.text("button.cancel"))));
        return Keyboard.reply(rows);
    }

    private static Keyboard majorities(Turn turn) {
        List<List<ReplyButton>> rows = new ArrayList<>();
        for (Majority majority : Majority.values()) {
            rows.add(List.of(ReplyButton.of(turn.text(majority.messageKey()))));
        }
        rows.add(List.of(ReplyButton.of(turn.text("button.cancel"))));
        return Keyboard.reply(rows);
    }

    private static Keyboard numbers(Turn turn, List<Integer> choices) {
        List<ReplyButton> row = choices.stream().map(n -> ReplyButton.of(turn.text("assembly2.terms.number", n))).toList();
        return Keyboard.reply(List.of(row, List.of(ReplyButton.of(turn.text("button.cancel")))));
    }
}
