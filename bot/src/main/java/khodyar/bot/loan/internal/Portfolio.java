package khodyar.bot.loan.internal;

import khodyar.bot.group.GroupDoc;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.loan.LoanBooks;
import khodyar.domain.loan.Instalment;
import khodyar.domain.loan.Loan;
import khodyar.domain.loan.LoanStatus;
import khodyar.domain.loan.PortfolioFigures;
import khodyar.domain.money.Money;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The group's lending as the board and the facilitator see it on a given day: the domain's
 * {@link PortfolioFigures}, then each loan still open, late ones marked with how late they are.
 */
@Component
public class Portfolio {

    private final LoanStore store;
    private final LoanBooks books;
    private final LoanTexts texts;

    public Portfolio(LoanStore store, LoanBooks books, LoanTexts texts) {
        this.store = store;
        this.books = books;
        this.texts = texts;
    }

    public PortfolioFigures figures(GroupDoc group, List<Loan> loans, LocalDate today) {
        Money outstanding = loans.stream().filter(l -> l.status().isOutstanding()).map(Loan::outstandingPrincipal)
                .reduce(Money.ZERO, Money::plus);
        // the fund may lend its cash and what is already lent out
        return PortfolioFigures.of(loans, today, books.loanableCash(group.id()).plus(outstanding));
    }

    public String figuresText(Lang lang, GroupDoc group, PortfolioFigures figures) {
        return texts.text(lang, "loan.portfolio.figures", amount(figures.loansOutstanding(), group, lang),
                figures.loansOverdue(), amount(figures.atRisk(), group, lang),
                texts.percent(lang, figures.portfolioAtRisk()),
                figures.repaymentRate().map(rate -> texts.percent(lang, rate))
                        .orElseGet(() -> texts.text(lang, "loan.portfolio.nothingDueYet")),
                texts.percent(lang, figures.fundUtilisation()));
    }

    public String view(Lang lang, GroupDoc group, LocalDate today) {
        List<Loan> loans = store.ofGroup(group.id()).stream().map(LoanDoc::toLoan).toList();
        StringBuilder text = new StringBuilder(texts.text(lang, "loan.portfolio.title", group.name(),
                texts.date(today, lang)));
        text.append("\n").append(figuresText(lang, group, figures(group, loans, today)));
        List<Loan> open = loans.stream().filter(l -> l.status().isOutstanding()
                || l.status() == LoanStatus.REQUESTED || l.status() == LoanStatus.APPROVED).toList();
        if (open.isEmpty()) {
            return text.append("\n").append(texts.text(lang, "loan.portfolio.noLoans")).toString();
        }
        for (Loan loan : open) {
            text.append("\n").append(line(lang, group, loan, today));
        }
        return text.toString();
    }

    private String line(Lang lang, GroupDoc group, Loan loan, LocalDate today) {
        String name = texts.nameOf(group.id(), loan.borrower().value());
        if (!loan.status().isOutstanding()) {
            return texts.text(lang, "loan.portfolio.waitingLine", name, amount(loan.principal(), group, lang),
                    texts.text(lang, loan.status().messageKey()));
        }
        List<Instalment> late = loan.lateInstalments(today);
        if (!late.isEmpty()) {
            Money lateAmount = late.stream().map(loan::unpaidOf).reduce(Money.ZERO, Money::plus);
            long days = ChronoUnit.DAYS.between(late.get(0).dueDate(), today);
            return texts.text(lang, "loan.portfolio.lateLine", name, amount(loan.outstandingPrincipal(), group, lang),
                    amount(lateAmount, group, lang), days);
        }
        return texts.text(lang, "loan.portfolio.line", name, amount(loan.outstandingPrincipal(), group, lang),
                loan.nextDue().map(due -> texts.date(due.date(), lang)).orElse(""));
    }

    private String amount(Money money, GroupDoc group, Lang lang) {
        return texts.amount(money, group, lang);
    }
}
