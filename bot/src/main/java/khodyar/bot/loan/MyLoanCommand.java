package khodyar.bot.loan;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.loan.internal.LoanDoc;
import khodyar.bot.loan.internal.LoanStore;
import khodyar.bot.loan.internal.LoanTexts;
import khodyar.domain.group.Permission;
import khodyar.domain.loan.Loan;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code /myloan}: the member's own latest loan: its status, what is paid and still owed, the next
 * due date and the schedule. (The ledger's {@code /balance} shows the loan balance; this shows the loan.)
 */
@Component
public class MyLoanCommand implements Command {

    private final LoanStore store;
    private final LoanTexts texts;

    public MyLoanCommand(LoanStore store, LoanTexts texts) {
        this.store = store;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("myloan");
    }

    @Override
    public Optional<String> menuKey() {
        return Optional.of("menu.myloan");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.VIEW_OWN_BALANCE);
    }

    @Override
    public void run(Turn turn, String args) {
        GroupDoc group = turn.group().orElseThrow();
        List<LoanDoc> mine = store.ofMember(group.id(), turn.userId());
        if (mine.isEmpty()) {
            turn.reply("loan.mine.none");
            return;
        }
        Loan loan = mine.get(0).toLoan();
        Lang lang = turn.lang();
        LocalDate today = texts.day(turn.now());
        StringBuilder text = new StringBuilder(texts.text(lang, "loan.mine.title",
                texts.amount(loan.principal(), group, lang), texts.text(lang, loan.status().messageKey())));
        if (loan.status().wasDisbursed()) {
            text.append("\n").append(texts.text(lang, "loan.mine.paidAndOwed",
                    texts.amount(loan.paidPrincipal().plus(loan.paidInterest()).plus(loan.paidFee()), group, lang),
                    texts.amount(loan.stillOwed(), group, lang)));
            loan.nextDue().ifPresent(due -> text.append("\n").append(texts.text(lang, "loan.repay.nextDue",
                    due.instalmentNumber(), texts.date(due.date(), lang), texts.amount(due.amount(), group, lang))));
            if (loan.hasLateInstalment(today)) {
                text.append("\n").append(texts.text(lang, "loan.mine.late",
                        texts.amount(loan.lateInstalments(today).stream().map(loan::unpaidOf)
                                .reduce(khodyar.domain.money.Money.ZERO, khodyar.domain.money.Money::plus), group, lang)));
            }
        }
        text.append("\n").append(texts.schedule(lang, group, loan));
        turn.replyText(text.toString(), null);
    }
}
