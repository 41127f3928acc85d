package khodyar.bot.loan;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.loan.internal.LoanTexts;
import khodyar.bot.loan.internal.Portfolio;
import khodyar.domain.group.Permission;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * {@code /loans}, for the board and the facilitator: loans outstanding, overdue ones, portfolio at
 * risk, repayment rate and fund utilisation, then each open loan.
 */
@Component
public class LoansCommand implements Command {

    private final Portfolio portfolio;
    private final LoanTexts texts;

    public LoansCommand(Portfolio portfolio, LoanTexts texts) {
        this.portfolio = portfolio;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("loans");
    }

    @Override
    public Optional<String> menuKey() {
        return Optional.of("menu.loans");
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.VIEW_MEMBER_DETAILS);
    }

    @Override
    public void run(Turn turn, String args) {
        turn.replyText(portfolio.view(turn.lang(), turn.group().orElseThrow(), texts.day(turn.now())), null);
    }
}
