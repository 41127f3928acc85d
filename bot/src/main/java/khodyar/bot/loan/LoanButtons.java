package khodyar.bot.loan;

import khodyar.bot.chat.CallbackAction;
import khodyar.bot.chat.Turn;
import khodyar.bot.loan.internal.Lending;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.function.BiConsumer;

/**
 * The loan's buttons: confirm or drop a request, pay out an approved loan. A reported repayment is
 * confirmed or rejected with the ledger's buttons. Each is safe to press twice: the second press
 * finds the work done and says so.
 */
@Configuration(proxyBeanMethods = false)
public class LoanButtons {

    @Bean
    CallbackAction confirmLoanRequestButton(Lending lending) {
        return button(Lending.CONFIRM_REQUEST, lending::confirmRequest);
    }

    @Bean
    CallbackAction dropLoanRequestButton(Lending lending) {
        return button(Lending.DROP_REQUEST, lending::dropRequest);
    }

    @Bean
    CallbackAction payOutLoanButton(Lending lending) {
        return button(Lending.PAY_OUT, lending::payOut);
    }

    private static CallbackAction button(String prefix, BiConsumer<Turn, String> press) {
        return new CallbackAction() {
            @Override
            public String prefix() {
                return prefix;
            }

            @Override
            public void onPress(Turn turn, String[] args) {
                if (args.length != 1) {
                    turn.answerCallback(turn.text("callback.stale"));
                    return;
                }
                press.accept(turn, args[0]);
            }
        };
    }
}
