package khodyar.bot.simulator;

import khodyar.bot.i18n.Messages;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.telegram.standin.BotApiStandIn;
import khodyar.bot.telegram.standin.SentMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Try a demo group": an admin, a facilitator and five members with some history, made by driving
 * the bot through the stand-in exactly as those people would type and press. A step whose command
 * this bot does not have yet (it answers "unknown command") is skipped and says so; the others go on.
 * Every word the demo types or looks for comes from the locales.
 */
final class DemoGroup {

    /** Stages 1 and 2 of the roadmap, which the facilitator records as decided in meetings. */
    private static final List<String> ROADMAP_TO_STAGE_3 = List.of(
            "F1", "F2", "F3", "F4", "F5", "F6", "O1", "O2", "O3", "O4", "O5", "O6", "O7");
    private static final Logger log = LoggerFactory.getLogger(DemoGroup.class);
    private static final Duration ANSWER = Duration.ofSeconds(20);
    // a chat counts as settled when the bot has sent nothing to it for this long
    private static final Duration QUIET = Duration.ofMillis(1200);
    private static final Duration LONGEST_SETTLE = Duration.ofSeconds(15);
    private static final Pattern DEEP_LINK = Pattern.compile("\\?start=([A-Za-z0-9_-]{1,64})");
    private static final List<String> BOARD = List.of("treasurer", "chair", "secretary");
    /** In the order they run; each has a {@code simulator.demo.step.<name>} label. */
    static final List<String> STEPS = List.of(
            "admin", "facilitator", "group", "members", "board", "deposits", "rateVote", "roadmap", "loan");

    enum Status { WAITING, RUNNING, DONE, SKIPPED, FAILED }

    /** One step as the page shows it; {@code detail} is the bot's answer that decided it, if any. */
    record Step(String name, Status status, String detail) {
    }

    /** The latest run: whether it still runs, and its steps. */
    record Run(boolean running, List<Step> steps) {
    }

    private static final class CommandMissing extends RuntimeException {
        CommandMissing(String command) {
            super(command);
        }
    }

    private final SimulatorPeople people;
    private final SimulatorChats chats;
    private final SimulatorEvents events;
    private final Messages messages;
    private final BotApiStandIn standIn;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "simulator-demo");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Run latest = new Run(false, List.of());

    // what the steps hand on to each other during one run (only the runner thread touches them)
    private SimPerson admin;
    private SimPerson facilitator;
    private String memberInvite;
    private final List<SimPerson> members = new ArrayList<>();

    DemoGroup(SimulatorPeople people, SimulatorChats chats, SimulatorEvents events, Messages messages) {
        this.people = people;
        this.chats = chats;
        this.events = events;
        this.messages = messages;
        this.standIn = chats.standIn();
    }

    Run latest() {
        return latest;
    }

    /** Starts a run unless one is running; returns the run as it stands. */
    synchronized Run start() {
        if (latest.running()) {
            return latest;
        }
        latest = new Run(true, STEPS.stream().map(name -> new Step(name, Status.WAITING, null)).toList());
        runner.execute(this::runAllSteps);
        return latest;
    }

    void close() {
        runner.shutdownNow();
    }

    private void runAllSteps() {
        admin = null;
        facilitator = null;
        memberInvite = null;
        members.clear();
        boolean groupReady = true;
        for (String name : STEPS) {
            boolean needsGroup = STEPS.indexOf(name) > STEPS.indexOf("members");
            if (!groupReady && needsGroup) {
                record(name, Status.SKIPPED, null);
                continue;
            }
            record(name, Status.RUNNING, null);
            try {
                record(name, Status.DONE, perform(name));
            } catch (CommandMissing missing) {
                record(name, Status.SKIPPED, missing.getMessage());
            } catch (RuntimeException | AssertionError e) {
                log.warn("demo step {} failed: {}", name, e.getMessage());
                record(name, Status.FAILED, null);
                if (!needsGroup) {
                    groupReady = false;
                }
            }
        }
        latest = new Run(false, latest.steps());
        events.demoChanged();
    }

    private String perform(String step) {
        return switch (step) {
            case "admin" -> anAdmin();
            case "facilitator" -> aFacilitator();
            case "group" -> aGroup();
            case "members" -> membersJoin();
            case "board" -> boardElected();
            case "deposits" -> depositsConfirmed();
            case "rateVote" -> rateVoted();
            case "roadmap" -> roadmapWalked();
            case "loan" -> loanAskedVotedAndPaidOut();
            default -> throw new IllegalStateException("no demo step " + step);
        };
    }

    private String anAdmin() {
        admin = people.admin().orElseGet(() -> addPerson(text("simulator.demo.adminName")));
        return admin.name();
    }

    private String aFacilitator() {
        facilitator = addPerson(text("simulator.demo.facilitatorName"));
        String link = says(admin, "/invite facilitator", m -> m.text().contains("?start=")).text();
        return says(facilitator, "/start " + payloadOf(link), m -> true).text();
    }

    private String aGroup() {
        SentMessage created = says(facilitator, "/newgroup " + text("simulator.demo.groupName"),
                m -> m.text().contains("?start="));
        memberInvite = payloadOf(created.text());
        return created.text();
    }

    private String membersJoin() {
        String[] names = text("simulator.demo.memberNames").split("\\s*,\\s*");
        for (int i = 0; i < names.length; i++) {
            SimPerson member = addPerson(names[i]);
            says(member, "/start " + memberInvite, m -> String.valueOf(m.replyMarkup()).contains("request_contact"));
            long shared = chats.shareContact(member);
            standIn.awaitReply(shared, m -> m.keyboardTexts().contains(text("button.yes")), ANSWER);
            says(member, text(i % 2 == 0 ? "button.yes" : "button.no"), m -> m.text().equals(text("profile.done")));
            members.add(member);
        }
        return String.join(text("list.separator"), Arrays.asList(names));
    }

    private String boardElected() {
        settle(facilitator);
        SentMessage last = null;
        for (int i = 0; i < BOARD.size() && i < members.size(); i++) {
            last = says(facilitator, "/setrole " + (i + 1) + " " + BOARD.get(i), m -> true);
            settle(facilitator);
        }
        return last == null ? null : last.text();
    }

    private String depositsConfirmed() {
        for (SimPerson member : members) {
            settle(member);
            says(member, "/deposit " + text("simulator.demo.depositAmount"), m -> true);
        }
        // the treasurer confirms the others' deposits; the chair confirms the treasurer's own
        int confirmed = pressAll(treasurer(), "/pending", text("simulator.demo.button.confirm"));
        confirmed += pressAll(chair(), "/pending", text("simulator.demo.button.confirm"));
        return Integer.toString(confirmed);
    }

    private String rateVoted() {
        settle(facilitator);
        String opened = says(facilitator, "/propose rate " + text("simulator.demo.ratePercent"), m -> true).text();
        for (SimPerson member : members) {
            pressAll(member, "/votes", text("simulator.demo.button.for"));
        }
        return opened;
    }

    /** The facilitator records stages 1 and 2 as done in meetings, which brings the group to stage 3. */
    private String roadmapWalked() {
        settle(facilitator);
        SentMessage last = null;
        for (String step : ROADMAP_TO_STAGE_3) {
            last = says(facilitator, "/step " + step, m -> true);
        }
        settle(facilitator);
        return last == null ? null : last.text();
    }

    /** A member asks for a loan, confirms it, the others approve it, and the treasurer pays it out. */
    private String loanAskedVotedAndPaidOut() {
        SimPerson borrower = members.get(members.size() - 1);
        settle(borrower);
        SentMessage preview = says(borrower, "/loan " + text("simulator.demo.loanAmount") + " 6 "
                + text("simulator.demo.loanPurpose"), m -> true);
        settle(borrower);
        if (pressButtonsSince(borrower, preview.revision(), text("simulator.demo.button.confirm")) == 0) {
            return preview.text();
        }
        for (SimPerson member : members) {
            pressAll(member, "/votes", text("simulator.demo.button.for"));
        }
        settle(treasurer());
        pressButtonsSince(treasurer(), 0, text("simulator.demo.button.payOut"));
        settle(borrower);
        return standIn.sentTo(borrower.id()).get(standIn.sentTo(borrower.id()).size() - 1).text();
    }

    private SimPerson treasurer() {
        return members.get(0);
    }

    private SimPerson chair() {
        return members.get(Math.min(1, members.size() - 1));
    }

    /** Sends the command, waits for the whole answer, and presses every button whose label has the word. */
    private int pressAll(SimPerson person, String command, String labelWord) {
        settle(person);
        SentMessage first = says(person, command, m -> true);
        settle(person);
        return pressButtonsSince(person, first.revision(), labelWord);
    }

    /** Presses every button whose label has the word, on the person's messages from that revision on. */
    private int pressButtonsSince(SimPerson person, long revision, String labelWord) {
        int pressed = 0;
        for (SentMessage message : standIn.sentTo(person.id())) {
            if (message.revision() < revision || !message.hasInlineKeyboard()) {
                continue;
            }
            Optional<String> data = message.buttonTexts().stream().filter(label -> label.contains(labelWord)).findFirst()
                    .map(message::callbackDataOf);
            if (data.isPresent()) {
                long update = chats.press(person, message.messageId(), data.get());
                standIn.awaitReply(update, m -> true, ANSWER);
                pressed++;
            }
        }
        return pressed;
    }

    /** Types as the person and waits for the bot's answer that matches; an unknown command skips the step. */
    private SentMessage says(SimPerson person, String typed, Predicate<SentMessage> expected) {
        String unknown = text("command.unknown");
        long update = chats.say(person, typed);
        SentMessage reply = standIn.awaitReply(update,
                m -> m.text() != null && (m.text().equals(unknown) || expected.test(m)), ANSWER);
        if (reply.text().equals(unknown)) {
            throw new CommandMissing(typed.split(" ")[0]);
        }
        return reply;
    }

    /** Waits until the bot has been quiet in the person's chat for a moment (paced replies come one a second). */
    private void settle(SimPerson person) {
        long deadline = System.nanoTime() + LONGEST_SETTLE.toNanos();
        long seen = latestRevision(person);
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(QUIET.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("demo interrupted", e);
            }
            long now = latestRevision(person);
            if (now == seen) {
                return;
            }
            seen = now;
        }
    }

    private long latestRevision(SimPerson person) {
        return standIn.sentTo(person.id()).stream().mapToLong(SentMessage::revision).max().orElse(0);
    }

    private SimPerson addPerson(String name) {
        SimPerson person = people.add(name, true);
        events.peopleChanged();
        return person;
    }

    private void record(String name, Status status, String detail) {
        List<Step> steps = new ArrayList<>(latest.steps());
        steps.set(STEPS.indexOf(name), new Step(name, status, detail));
        latest = new Run(true, List.copyOf(steps));
        events.demoChanged();
    }

    private String text(String key) {
        return messages.get(Lang.FA, key);
    }

    private static String payloadOf(String text) {
        Matcher matcher = DEEP_LINK.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no deep link in the bot's answer: " + text);
        }
        return matcher.group(1);
    }
}
