package khodyar.bot.roadmap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import khodyar.bot.chat.ChatRouter;
import khodyar.bot.chat.Conversation;
import khodyar.bot.chat.Conversations;
import khodyar.bot.chat.Flow;
import khodyar.bot.chat.Turn;
import khodyar.bot.group.GroupDoc;
import khodyar.bot.group.Groups;
import khodyar.bot.group.Membership;
import khodyar.bot.telegram.outbound.Keyboard;
import khodyar.bot.telegram.outbound.Keyboard.ReplyButton;
import khodyar.domain.group.PersonId;
import khodyar.domain.roadmap.Assessment;
import khodyar.domain.roadmap.Assessment.EconomicSituation;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The stage-1 assessment of one member (F1, F4, F5), asked one question at a time by the facilitator
 * or a counsellor: three written answers, the economic situation and follow-ups by yes/no buttons,
 * and the counsellor's note. Whether the member is an aid recipient is asked only when unknown.
 */
@Component
public class AssessmentFlow implements Flow {

    static final String NAME = "assessment";

    /** The questions in the order asked; each is answered by writing or by yes/no. */
    enum Question {
        ABILITIES(false), JOB(false), GOAL(false), FOOD(true), ALLOWANCE(true), AID(true), MEDICAL(true),
        PSYCHOLOGICAL(true), NOTE(false);

        final boolean yesNo;

        Question(boolean yesNo) {
            this.yesNo = yesNo;
        }

        String askKey() {
            return "assess.ask." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Groups groups;
    private final Assessments assessments;
    private final Conversations conversations;
    private final ChatRouter router;

    public AssessmentFlow(Groups groups, Assessments assessments, Conversations conversations, @Lazy ChatRouter router) {
        this.groups = groups;
        this.assessments = assessments;
        this.conversations = conversations;
        this.router = router;
    }

    @Override
    public String name() {
        return NAME;
    }

    void start(Turn turn, GroupDoc group, Membership member) {
        Map<String, String> answers = new HashMap<>();
        answers.put("group", group.id());
        answers.put("member", Long.toString(member.userId()));
        if (member.aidRecipient() != null) {
            answers.put(Question.AID.name(), member.aidRecipient().toString());
        }
        conversations.start(turn.in(), NAME, Question.ABILITIES.name(), answers);
        turn.reply("assess.start", member.name());
        ask(turn, Question.ABILITIES);
    }

    @Override
    public void onInput(Turn turn, Conversation conversation) {
        Optional<GroupDoc> group = turn.group().filter(g -> g.id().equals(conversation.answer("group")));
        if (group.isEmpty()) {
            conversations.end(turn.in());
            turn.reply(router.menu().keyboardFor(turn), "roadmap.sign.groupChanged");
            return;
        }
        Question question = Question.valueOf(conversation.step());
        String text = turn.in().text() == null ? "" : turn.in().text().strip();
        String answer;
        if (question.yesNo) {
            if (text.equals(turn.text("button.yes"))) {
                answer = "true";
            } else if (text.equals(turn.text("button.no"))) {
                answer = "false";
            } else {
                turn.reply("assess.yesNoHelp");
                return;
            }
        } else if (text.equals(turn.text("button.skip"))) {
            answer = "";
        } else if (text.isEmpty()) {
            turn.reply("assess.textHelp");
            return;
        } else {
            answer = text;
        }
        Conversation answered = conversation.next(conversation.step(), question.name(), answer, turn.now());
        Optional<Question> next = nextUnanswered(answered, question);
        if (next.isPresent()) {
            conversations.save(answered.next(next.get().name(), null, null, turn.now()));
            ask(turn, next.get());
            return;
        }
        Assessment assessment = assessmentOf(answered, turn);
        assessments.save(group.get().id(), assessment);
        if (answered.answer(Question.AID.name()) != null) {
            groups.setProfile(group.get().id(), assessment.person().value(), "aidRecipient",
                    assessment.economicSituation().aidRecipient());
        }
        conversations.end(turn.in());
        turn.reply(router.menu().keyboardFor(turn),
                assessment.needsSideSupport() ? "assess.doneNeedsSupport" : "assess.done");
    }

    private static Optional<Question> nextUnanswered(Conversation conversation, Question after) {
        Question[] all = Question.values();
        for (int i = after.ordinal() + 1; i < all.length; i++) {
            if (conversation.answer(all[i].name()) == null) {
                return Optional.of(all[i]);
            }
        }
        return Optional.empty();
    }

    private void ask(Turn turn, Question question) {
        List<ReplyButton> first = question.yesNo
                ? List.of(ReplyButton.of(turn.text("button.yes")), ReplyButton.of(turn.text("button.no")))
                : List.of(ReplyButton.of(turn.text("button.skip")));
        turn.reply(Keyboard.reply(List.of(first, List.of(ReplyButton.of(turn.text("button.cancel"))))),
                question.askKey());
    }

    private static Assessment assessmentOf(Conversation answers, Turn turn) {
        return new Assessment(new PersonId(Long.parseLong(answers.answer("member"))),
                answers.answer(Question.ABILITIES.name()), answers.answer(Question.JOB.name()),
                answers.answer(Question.GOAL.name()),
                new EconomicSituation(yes(answers, Question.AID), yes(answers, Question.FOOD),
                        yes(answers, Question.ALLOWANCE)),
                yes(answers, Question.MEDICAL), yes(answers, Question.PSYCHOLOGICAL),
                Optional.ofNullable(answers.answer(Question.NOTE.name())), new PersonId(turn.userId()), turn.now());
    }

    private static boolean yes(Conversation answers, Question question) {
        return Boolean.parseBoolean(answers.answer(question.name()));
    }
}
