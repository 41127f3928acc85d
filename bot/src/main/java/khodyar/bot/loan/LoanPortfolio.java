package khodyar.bot.loan;

import khodyar.bot.group.GroupDoc;
import khodyar.bot.loan.internal.LoanDoc;
import khodyar.bot.loan.internal.LoanStore;
import khodyar.bot.loan.internal.Portfolio;
import khodyar.domain.loan.Loan;
import khodyar.domain.loan.PortfolioFigures;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** Read-only: a group's loans and its portfolio figures, as {@code /loans} shows them, for the group's report. */
@Component
public class LoanPortfolio {

    private final LoanStore store;
    private final Portfolio portfolio;

    public LoanPortfolio(LoanStore store, Portfolio portfolio) {
        this.store = store;
        this.portfolio = portfolio;
    }

    /** Every loan of the group, requested, refused and repaid ones included. */
    public List<Loan> loansOf(String groupId) {
        return store.ofGroup(groupId).stream().map(LoanDoc::toLoan).toList();
    }

    public PortfolioFigures figures(GroupDoc group, List<Loan> loans, LocalDate today) {
        return portfolio.figures(group, loans, today);
    }
}
