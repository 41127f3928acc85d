package khodyar.bot.loan;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Conversation;
import khodyar.bot.chat.Conversations;
import khodyar.bot.chat.Flow;
import khodyar.bot.chat.Menu;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.i18n.Messages;
import khodyar.bot.loan.internal.Lending;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.domain.common.Outcome;
import khodyar.domain.group.Permission;
import khodyar.domain.money.Money;
import khodyar.domain.text.PersianInput;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /loan <amount> <months> [purpose]} and the menu's guided flow (amount, term, purpose). The
 * member sees the schedule before confirming; nothing is requested until they press confirm.
 */
@Component
public class LoanCommand implements Command, Flow {

    static final String FLOW = "loan.request";
    static final int LONGEST_PURPOSE = 200;
    /** A number of months that can be meant as a term; larger numbers are part of the amount. */
    static final long MOST_MONTHS_READ = 600;

    private final Lending lending;
    private final Conversations conversations;
    /** Words a member may put after the months ("6 months"), not part of the purpose; from both locales. */
    private final Set<String> monthWords;

    public LoanCommand(Lending lending, Conversations conversations, Messages messages) {
        this.lending = lending;
        this.conversations = conversations;
        this.monthWords = Arrays.stream(Messages.Lang.values())
                .flatMap(lang -> Arrays.stream(messages.get(lang, "loan.monthWords").split(",")))
                .map(String::strip).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<String> names() {
        return List.of("loan");
    }

    @Override
    public Optional<String> menuKey() {
        return Optional.of("menu.loan");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.REQUEST_LOAN);
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public void run(Turn turn, String args) {
        GroupDoc group = turn.group().orElseThrow();
        if (args.isBlank()) {
            conversations.start(turn.in(), FLOW, "amount", Map.of());
            turn.reply(Menu.cancelOnly(turn), "loan.ask.amount", turn.text(group.displayUnit().messageKey()));
            return;
        }
        Optional<Request> request = read(args.strip().split("\\s+"), group, monthWords);
        if (request.isEmpty()) {
            turn.reply("loan.usage", turn.text(group.displayUnit().messageKey()));
            return;
        }
        lending.ask(turn, group, request.get().amount(), request.get().months(), request.get().purpose());
    }

    @Override
    public void onInput(Turn turn, Conversation conversation) {
        if (turn.group().isEmpty() || turn.membership().isEmpty()) {
            conversations.end(turn.in());
            turn.reply("access.noGroup");
            return;
        }
        GroupDoc group = turn.group().orElseThrow();
        String text = turn.in().text() == null ? "" : turn.in().text().strip();
        switch (conversation.step()) {
            case "amount" -> {
                Outcome<Money> amount = PersianInput.parseAmount(text, group.displayUnit());
                if (amount instanceof Outcome.Refused<Money> refused) {
                    turn.reply(refused.refusal());
                    return;
                }
                conversations.save(conversation.next("months", "amount",
                        Long.toString(amount.orElseThrow().rials()), turn.now()));
                turn.reply(Menu.cancelOnly(turn), "loan.ask.months");
            }
            case "months" -> {
                Optional<Integer> months = months(text);
                if (months.isEmpty()) {
                    turn.reply("loan.ask.monthsAgain");
                    return;
                }
                conversations.save(conversation.next("purpose", "months", months.get().toString(), turn.now()));
                turn.reply(Keyboard.reply(List.of(List.of(Keyboard.ReplyButton.of(turn.text("button.skip"))),
                        List.of(Keyboard.ReplyButton.of(turn.text("button.cancel"))))), "loan.ask.purpose");
            }
            case "purpose" -> {
                if (text.length() > LONGEST_PURPOSE) {
                    turn.reply("loan.purpose.tooLong", LONGEST_PURPOSE);
                    return;
                }
                String purpose = text.equals(turn.text("button.skip")) ? "" : text;
                conversations.end(turn.in());
                turn.reply(Keyboard.removed(), "loan.ask.checking");
                lending.ask(turn, group, Money.ofRials(Long.parseLong(conversation.answer("amount"))),
                        Integer.parseInt(conversation.answer("months")), purpose);
            }
            default -> conversations.end(turn.in());
        }
    }

    record Request(Money amount, int months, String purpose) {
    }

    /**
     * Splits "amount months purpose": the months are the last word that reads as a term and follows
     * words that read as an amount ("5 million 6 sewing machine", "500 hezar toman 3").
     */
    static Optional<Request> read(String[] words, GroupDoc group, Set<String> monthWords) {
        for (int monthsAt = words.length - 1; monthsAt >= 1; monthsAt--) {
            Optional<Integer> months = months(words[monthsAt]);
            if (months.isEmpty()) {
                continue;
            }
            Outcome<Money> amount = PersianInput.parseAmount(String.join(" ",
                    Arrays.copyOfRange(words, 0, monthsAt)), group.displayUnit());
            if (amount instanceof Outcome.Done<Money> done) {
                int purposeFrom = monthsAt + 1;
                if (purposeFrom < words.length && monthWords.contains(words[purposeFrom].toLowerCase())) {
                    purposeFrom++;
                }
                String purpose = String.join(" ", Arrays.copyOfRange(words, purposeFrom, words.length));
                return Optional.of(new Request(done.value(), months.get(), purpose.length() > LONGEST_PURPOSE
                        ? purpose.substring(0, LONGEST_PURPOSE) : purpose));
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> months(String text) {
        Outcome<Long> number = PersianInput.parseWholeNumber(text);
        if (number instanceof Outcome.Done<Long> done && done.value() >= 1 && done.value() <= MOST_MONTHS_READ) {
            return Optional.of(done.value().intValue());
        }
        return Optional.empty();
    }
}
