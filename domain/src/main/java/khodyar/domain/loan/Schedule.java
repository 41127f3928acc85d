package khodyar.domain.loan;

import java.util.List;
import java.util.function.Function;

import khodyar.domain.money.Money;

/** The instalments of a loan, in due-date order, numbered from 1. */
public record Schedule(List<Instalment> instalments) {

    public Schedule {
        instalments = List.copyOf(instalments);
        if (instalments.isEmpty()) {
            throw new IllegalArgumentException("a schedule has at least one instalment");
        }
        for (int i = 0; i < instalments.size(); i++) {
            Instalment instalment = instalments.get(i);
            if (instalment.number() != i + 1) {
                throw new IllegalArgumentException("instalment " + (i + 1) + " is numbered " + instalment.number());
            }
            if (i > 0 && instalment.dueDate().isBefore(instalments.get(i - 1).dueDate())) {
                throw new IllegalArgumentException("instalment " + (i + 1) + " falls due before the one before it");
            }
        }
    }

    public int size() {
        return instalments.size();
    }

    /** Instalment {@code number}, counted from 1. */
    public Instalment instalment(int number) {
        return instalments.get(number - 1);
    }

    public Instalment last() {
        return instalments.get(instalments.size() - 1);
    }

    public Money totalPrincipal() {
        return sum(Instalment::principal);
    }

    public Money totalInterest() {
        return sum(Instalment::interest);
    }

    public Money totalFee() {
        return sum(Instalment::fee);
    }

    public Money total() {
        return sum(Instalment::total);
    }

    Money sum(Function<Instalment, Money> column) {
        return instalments.stream().map(column).reduce(Money.ZERO, Money::plus);
    }
}
