package khodyar.bot.loan.internal;

import khodyar.bot.assembly.AssemblyService;
import khodyar.bot.assembly.GroupRulesStore;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.loan.LoanBooks;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.OutMessage;
import khodyar.bot.telegram.outbound.OutboundQueue;
import khodyar.domain.assembly.Decision;
import khodyar.domain.assembly.GroupRules;
import khodyar.domain.assembly.LoanRequest;
import khodyar.domain.assembly.Proposal;
import khodyar.domain.assembly.RateTerms;
import khodyar.domain.assembly.SavingsTerms;
import khodyar.domain.common.Outcome;
import khodyar.domain.common.Refusal;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.PersonId;
import khodyar.domain.ledger.ConfirmationPolicy;
import khodyar.domain.loan.EligibilityContext;
import khodyar.domain.loan.InstalmentRhythm;
import khodyar.domain.loan.InterestMethod;
import khodyar.domain.loan.Loan;
import khodyar.domain.loan.LoanEligibility;
import khodyar.domain.loan.LoanId;
import khodyar.domain.loan.LoanStatus;
import khodyar.domain.loan.LoanTerms;
import khodyar.domain.loan.RequestedLoan;
import khodyar.domain.loan.ServiceFee;
import khodyar.domain.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A loan from the request to the payout: eligibility by the domain's policies, the schedule shown
 * before the member confirms, the assembly vote, the decision, and the treasurer's payout. Every
 * step is keyed by the loan's id (the update that asked for it), so a second press or a redelivered
 * update repeats nothing.
 */
@Component
public class Lending {

    public static final String CONFIRM_REQUEST = "lnq";
    public static final String DROP_REQUEST = "lnx";
    public static final String PAY_OUT = "lnp";

    /** Until the assembly chooses a method, interest is flat on the principal: simple to check by hand. */
    static final InterestMethod DEFAULT_METHOD = InterestMethod.FLAT;
    static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private static final Logger log = LoggerFactory.getLogger(Lending.class);

    private final LoanStore store;
    private final LoanBooks books;
    private final GroupRulesStore rules;
    private final AssemblyService assembly;
    private final LoanPeople people;
    private final LoanTexts texts;
    private final OutboundQueue outbound;

    public Lending(LoanStore store, LoanBooks books, GroupRulesStore rules, AssemblyService assembly,
                   LoanPeople people, LoanTexts texts, OutboundQueue outbound) {
        this.store = store;
        this.books = books;
        this.rules = rules;
        this.assembly = assembly;
        this.people = people;
        this.texts = texts;
        this.outbound = outbound;
    }

    /**
     * Every rule that stands in the way of this request, in the order the member is told them. A member
     * is in arrears with a late instalment or with savings past due under the agreement.
     */
    public List<Refusal> refusals(GroupDoc group, long member, Money amount, int months, Instant now) {
        GroupRules groupRules = rules.rulesOf(new GroupId(group.id()));
        List<LoanDoc> open = store.openOf(group.id(), member);
        LocalDate today = texts.day(now);
        boolean inArrears = open.stream().anyMatch(doc -> doc.toLoan().hasLateInstalment(today))
                || !books.savingsArrears(group.id(), member, now).isZero();
        EligibilityContext context = new EligibilityContext(group.stage(), groupRules.interestDecided(),
                books.confirmedSavings(group.id(), member), books.loanableCash(group.id()), open.size(), inArrears,
                groupRules.loanMultiple(), groupRules.maxTermMonths(), groupRules.oneOpenLoanPerMember());
        return LoanEligibility.refusals(new RequestedLoan(amount, months), context);
    }

    /**
     * Checks the request and, if the rules allow it, shows the schedule with a confirm button. Nothing
     * is a loan until the member confirms.
     */
    public void ask(Turn turn, GroupDoc group, Money amount, int months, String purpose) {
        List<Refusal> refusals = refusals(group, turn.userId(), amount, months, turn.now());
        if (!refusals.isEmpty()) {
            turn.replyText(refusalText(turn.lang(), group, refusals), null);
            return;
        }
        LoanDraftDoc draft = new LoanDraftDoc("L" + turn.in().updateId(), group.id(), turn.userId(), amount.rials(),
                months, purpose, turn.now());
        store.saveDraft(draft);
        Loan preview = loanOf(draft, group, turn.now());
        String text = texts.text(turn.lang(), "loan.request.preview", amount(amount, group, turn.lang()), months,
                purpose.isBlank() ? texts.text(turn.lang(), "loan.purpose.none") : purpose,
                termsText(turn.lang(), preview.terms()), texts.schedule(turn.lang(), group, preview));
        turn.replyText(text, texts.buttons(
                new Keyboard.Button(texts.text(turn.lang(), "loan.button.confirmRequest"),
                        CONFIRM_REQUEST + ":" + draft.id()),
                new Keyboard.Button(texts.text(turn.lang(), "loan.button.dropRequest"), DROP_REQUEST + ":" + draft.id())));
    }

    /** The member confirmed the schedule: the loan is requested and the assembly votes on it. */
    public void confirmRequest(Turn turn, String draftId) {
        Optional<LoanDoc> existing = store.loan(draftId);
        if (existing.isPresent()) {
            openVote(existing.get());
            turn.answerCallback(texts.text(turn.lang(), "loan.request.alreadySent"));
            turn.editPressedMessage(texts.text(turn.lang(), "loan.request.sent"), null);
            return;
        }
        Optional<LoanDraftDoc> draft = store.draft(draftId);
        if (draft.isEmpty() || draft.get().member() != turn.userId()) {
            turn.answerCallback(texts.text(turn.lang(), "callback.stale"));
            return;
        }
        GroupDoc group = texts.group(draft.get().groupId());
        List<Refusal> refusals = refusals(group, turn.userId(), Money.ofRials(draft.get().amountRials()),
                draft.get().months(), turn.now());
        if (!refusals.isEmpty()) {
            turn.answerCallback(null);
            turn.editPressedMessage(refusalText(turn.lang(), group, refusals), null);
            store.dropDraft(draftId);
            return;
        }
        Loan requested = loanOf(draft.get(), group, turn.now());
        store.insertIfNew(LoanDoc.of(requested, null, null));
        Optional<Refusal> notOpened = openVote(store.loan(draftId).orElseThrow());
        store.dropDraft(draftId);
        turn.answerCallback(null);
        turn.editPressedMessage(notOpened.map(r -> texts.refusal(turn.lang(), group, r))
                .orElseGet(() -> texts.text(turn.lang(), "loan.request.sent")), null);
    }

    public void dropRequest(Turn turn, String draftId) {
        if (store.loan(draftId).isPresent()) {
            turn.answerCallback(texts.text(turn.lang(), "loan.request.alreadySent"));
            return;
        }
        store.dropDraft(draftId);
        turn.answerCallback(null);
        turn.editPressedMessage(texts.text(turn.lang(), "loan.request.dropped"), null);
    }

    /** Opens (or finds again) the assembly vote on a requested loan; the opening key is the loan's id. */
    private Optional<Refusal> openVote(LoanDoc doc) {
        if (doc.status() != LoanStatus.REQUESTED) {
            return Optional.empty();
        }
        Outcome<Proposal> opened = assembly.open(new GroupId(doc.groupId()), new PersonId(doc.borrower()),
                new LoanRequest(doc.id(), new PersonId(doc.borrower()), Money.ofRials(doc.principalRials()),
                        doc.months(), doc.purpose()), "loan:" + doc.id());
        if (opened instanceof Outcome.Refused<Proposal> refused) {
            return Optional.of(refused.refusal());
        }
        String proposalId = opened.orElseThrow().id().value();
        if (!proposalId.equals(doc.proposalId())) {
            store.save(doc.withProposal(proposalId));
        }
        return Optional.empty();
    }

    /** The assembly decided: approve or refuse the loan, tell the member, ask the treasurers to pay out. */
    public void decided(LoanRequest request, Decision decision, Instant now) {
        Optional<LoanDoc> moved = store.update(request.loanId(), loan -> loan.status() != LoanStatus.REQUESTED ? loan
                : decision.passed() ? loan.approve(decision.decidedAt()) : loan.refuse(decision.decidedAt()));
        if (moved.isEmpty()) {
            log.warn("the assembly decided on loan {}, which is not stored", request.loanId());
            return;
        }
        LoanDoc doc = moved.get();
        GroupDoc group = texts.group(doc.groupId());
        Money principal = Money.ofRials(doc.principalRials());
        long borrower = doc.borrower();
        Lang borrowerLang = texts.langOf(borrower);
        List<OutMessage> notices = new ArrayList<>();
        if (doc.status() == LoanStatus.REFUSED) {
            notices.add(texts.notice("loan:" + doc.id() + ":refused:" + borrower, borrower,
                    texts.text(borrowerLang, "loan.decided.refused", amount(principal, group, borrowerLang)), null, now));
        } else if (doc.status() == LoanStatus.APPROVED) {
            notices.add(texts.notice("loan:" + doc.id() + ":approved:" + borrower, borrower,
                    texts.text(borrowerLang, "loan.decided.approved", amount(principal, group, borrowerLang)), null, now));
            String name = texts.nameOf(group.id(), borrower);
            for (long payer : people.confirmersFor(group.id(), borrower)) {
                Lang lang = texts.langOf(payer);
                notices.add(texts.notice("loan:" + doc.id() + ":payout:" + payer, payer,
                        texts.text(lang, "loan.payout.ask", name, amount(principal, group, lang), group.name()),
                        texts.buttons(new Keyboard.Button(texts.text(lang, "loan.button.payOut"),
                                PAY_OUT + ":" + doc.id())), now));
            }
        }
        outbound.enqueue(notices);
    }

    /**
     * A treasurer paid the money out: the ledger's disbursement (keyed by the loan, so two presses or two
     * treasurers move the money once), then the loan's schedule from today at the group's rhythm.
     */
    public void payOut(Turn turn, String loanId) {
        Optional<LoanDoc> found = store.loan(loanId);
        if (found.isEmpty()) {
            turn.answerCallback(texts.text(turn.lang(), "callback.stale"));
            return;
        }
        LoanDoc doc = found.get();
        GroupDoc group = texts.group(doc.groupId());
        Money principal = Money.ofRials(doc.principalRials());
        String name = texts.nameOf(group.id(), doc.borrower());
        if (doc.status().wasDisbursed()) {
            turn.answerCallback(texts.text(turn.lang(), "loan.payout.already"));
            turn.editPressedMessage(texts.text(turn.lang(), "loan.payout.done", name,
                    amount(principal, group, turn.lang())), null);
            return;
        }
        if (doc.status() != LoanStatus.APPROVED) {
            turn.answerCallback(texts.text(turn.lang(), "callback.stale"));
            return;
        }
        Optional<Refusal> notAllowed = ConfirmationPolicy.mayDecideEntry(
                new ConfirmationPolicy.Owner(new PersonId(doc.borrower()), people.isTreasurer(group.id(), doc.borrower())),
                new ConfirmationPolicy.Decider(new PersonId(turn.userId()), people.rolesIn(turn, group)));
        if (notAllowed.isPresent()) {
            turn.answerCallback(texts.refusal(turn.lang(), group, notAllowed.get()));
            return;
        }
        Outcome<Void> posted = books.postDisbursement(group.id(), doc.borrower(), loanId, principal, turn.userId(),
                turn.now(), "loan:" + loanId + ":payout");
        if (posted instanceof Outcome.Refused<Void> refused) {
            turn.answerCallback(null);
            turn.reply(refused.refusal());
            return;
        }
        LocalDate today = texts.day(turn.now());
        LoanDoc paid = store.update(loanId, loan -> loan.status() != LoanStatus.APPROVED ? loan
                : loan.disburse(today, loan.terms().rhythm().firstDueAfter(today))).orElseThrow();
        Loan loan = paid.toLoan();
        turn.answerCallback(null);
        turn.editPressedMessage(texts.text(turn.lang(), "loan.payout.done", name,
                amount(principal, group, turn.lang())), null);
        Lang borrowerLang = texts.langOf(doc.borrower());
        turn.notify(doc.borrower(), OutMessage.Priority.INTERACTIVE, texts.text(borrowerLang, "loan.payout.toBorrower",
                amount(principal, group, borrowerLang), texts.schedule(borrowerLang, group, loan)), null);
    }

    /** The loan as the member asks for it today, under the group's decided terms. */
    private Loan loanOf(LoanDraftDoc draft, GroupDoc group, Instant now) {
        LoanTerms terms = termsOf(rules.rulesOf(new GroupId(group.id())));
        LocalDate today = texts.day(now);
        return Loan.request(new LoanId(draft.id()), new GroupId(group.id()), new PersonId(draft.member()),
                Money.ofRials(draft.amountRials()), draft.months(), draft.purpose(), terms,
                terms.rhythm().firstDueAfter(today), now);
    }

    /** The assembly's rate and fee, instalments at the rhythm of the group's savings (monthly until agreed). */
    static LoanTerms termsOf(GroupRules groupRules) {
        RateTerms rate = groupRules.interest().orElseThrow(
                () -> new IllegalStateException("eligibility lets no loan through before the rate is decided"));
        InstalmentRhythm rhythm = groupRules.savings().map(SavingsTerms::rhythm).map(savings -> switch (savings) {
            case WEEKLY -> InstalmentRhythm.WEEKLY;
            case FORTNIGHTLY -> InstalmentRhythm.BIWEEKLY;
            case MONTHLY -> InstalmentRhythm.MONTHLY;
        }).orElse(InstalmentRhythm.MONTHLY);
        ServiceFee fee = rate.serviceFee().isZero() ? ServiceFee.NONE : ServiceFee.fixed(rate.serviceFee());
        return new LoanTerms(DEFAULT_METHOD, rate.percentPerYear(), fee, rhythm, ROUNDING);
    }

    private String termsText(Lang lang, LoanTerms terms) {
        return texts.text(lang, "loan.terms", terms.annualRatePercent(), texts.text(lang, terms.method().messageKey()),
                texts.text(lang, terms.rhythm().messageKey()));
    }

    private String refusalText(Lang lang, GroupDoc group, List<Refusal> refusals) {
        StringBuilder text = new StringBuilder(texts.text(lang, "loan.refused.title"));
        refusals.forEach(refusal -> text.append("\n• ").append(texts.refusal(lang, group, refusal)));
        return text.toString();
    }

    private String amount(Money money, GroupDoc group, Lang lang) {
        return texts.amount(money, group, lang);
    }
}
