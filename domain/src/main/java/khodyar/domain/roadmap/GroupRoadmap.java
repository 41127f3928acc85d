package khodyar.domain.roadmap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import khodyar.domain.common.Outcome;
import khodyar.domain.common.Refusal;
import khodyar.domain.group.GroupId;
import khodyar.domain.group.Role;
import khodyar.domain.roadmap.Completion.SettledByBooks;
import khodyar.domain.roadmap.Completion.SignOff;
import khodyar.domain.roadmap.RoadmapEvent.EvidenceAttached;
import khodyar.domain.roadmap.RoadmapEvent.RoadmapFinished;
import khodyar.domain.roadmap.RoadmapEvent.StageAdvanced;
import khodyar.domain.roadmap.RoadmapEvent.StageReopened;
import khodyar.domain.roadmap.RoadmapEvent.StepCompletedByBooks;
import khodyar.domain.roadmap.RoadmapEvent.StepReopened;
import khodyar.domain.roadmap.RoadmapEvent.StepSignedOff;

/**
 * One group's place on the roadmap: its stage, the steps completed and how, and the log of every
 * transition. Immutable; each command decides which events happen and returns the roadmap they
 * lead to, so the same state can be rebuilt from the log with {@link #replay}.
 *
 * <p>A stage advances when every step of it and of the stages before it is done (struck-out steps
 * excepted); after each sign-off or new book facts, the books settle what they can and the
 * stages advance as far as they may.
 */
public final class GroupRoadmap {

    private static final Roadmap ROADMAP = Roadmap.standard();

    private final GroupId group;
    private final Instant startedAt;
    private final Stage currentStage;
    private final boolean finished;
    private final Map<StepId, Completion> completions;
    private final List<RoadmapEvent> history;

    private GroupRoadmap(GroupId group, Instant startedAt, Stage currentStage, boolean finished,
                         Map<StepId, Completion> completions, List<RoadmapEvent> history) {
        this.group = group;
        this.startedAt = startedAt;
        this.currentStage = currentStage;
        this.finished = finished;
        this.completions = Collections.unmodifiableMap(completions);
        this.history = List.copyOf(history);
    }

    /** A new group starts at stage 1 with nothing done. */
    public static GroupRoadmap start(GroupId group, Instant startedAt) {
        return new GroupRoadmap(group, startedAt, Stage.FORMING, false, new EnumMap<>(StepId.class), List.of());
    }

    /** Rebuilds a group's roadmap from its stored log; the events were checked when they happened. */
    public static GroupRoadmap replay(GroupId group, Instant startedAt, List<RoadmapEvent> history) {
        GroupRoadmap roadmap = start(group, startedAt);
        for (RoadmapEvent event : history) {
            roadmap = roadmap.apply(event);
        }
        return roadmap;
    }

    // ---- commands -------------------------------------------------------------------------

    /** A person signs off a step, with a note; then the books settle and stages advance. */
    public Outcome<RoadmapChange> signOff(StepId id, Actor actor, String note, Instant at, BookFacts facts) {
        Optional<Refusal> refusal = refusalToSignOff(id, actor, facts);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        Step step = ROADMAP.step(id);
        StepOwner owner = step.ownerFor(actor.roles()).orElseThrow();
        Role role = owner.signingRole().orElseThrow();
        String cleanNote = note == null ? "" : note.strip();
        List<RoadmapEvent> events = new ArrayList<>();
        GroupRoadmap next = record(new StepSignedOff(id, actor.person(), role, owner, cleanNote, at), events);
        return Outcome.done(next.settle(facts, at, events));
    }

    /** New facts from the books: completes the steps they decide and advances the stages. */
    public RoadmapChange applyBooks(BookFacts facts, Instant at) {
        return settle(facts, at, new ArrayList<>());
    }

    /** A photo or document sent right after a sign-off, kept as its evidence. */
    public Outcome<RoadmapChange> attachEvidence(StepId id, Actor actor, String fileId, Instant at) {
        if (fileId == null || fileId.isBlank()) {
            throw new IllegalArgumentException("an attachment needs its file id");
        }
        if (!(completions.get(id) instanceof SignOff signOff)) {
            return Outcome.refused("roadmap.refused.notSignedOff", id.name());
        }
        if (!signOff.by().equals(actor.person()) && !actor.holds(Role.FACILITATOR)) {
            return Outcome.refused("roadmap.refused.notSigner", id.name());
        }
        List<RoadmapEvent> events = new ArrayList<>();
        GroupRoadmap next = record(new EvidenceAttached(id, actor.person(), fileId, at), events);
        return Outcome.done(new RoadmapChange(next, events));
    }

    /** The facilitator reopens a done step, with a reason; the group stays in its stage. */
    public Outcome<RoadmapChange> reopenStep(StepId id, Actor actor, String reason, Instant at) {
        Optional<Refusal> refusal = refusalToReopen(actor, reason);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        if (!isDone(id)) {
            return Outcome.refused("roadmap.refused.notDone", id.name());
        }
        List<RoadmapEvent> events = new ArrayList<>();
        GroupRoadmap next = record(new StepReopened(id, actor.person(), reason.strip(), at), events);
        return Outcome.done(new RoadmapChange(next, events));
    }

    /**
     * The facilitator takes the group back to a stage it has reached, with a reason: the steps of
     * that stage that people signed off must be signed off again; what the books settled stays.
     */
    public Outcome<RoadmapChange> reopenStage(Stage stage, Actor actor, String reason, Instant at) {
        Optional<Refusal> refusal = refusalToReopen(actor, reason);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        if (stage.isAfter(currentStage)) {
            return Outcome.refused("roadmap.refused.stageNotReached", stage.number(), currentStage.number());
        }
        List<StepId> signedOff = ROADMAP.stepsOf(stage).stream()
                .map(Step::id)
                .filter(id -> completions.get(id) instanceof SignOff)
                .toList();
        if (stage == currentStage && !finished && signedOff.isEmpty()) {
            return Outcome.refused("roadmap.refused.nothingToReopen", stage.number());
        }
        List<RoadmapEvent> events = new ArrayList<>();
        GroupRoadmap next = record(
                new StageReopened(stage, currentStage, signedOff, actor.person(), reason.strip(), at), events);
        return Outcome.done(new RoadmapChange(next, events));
    }

    // ---- views ----------------------------------------------------------------------------

    /** Why this person may not sign off this step now; empty when they may. */
    public Optional<Refusal> refusalToSignOff(StepId id, Actor actor, BookFacts facts) {
        Step step = ROADMAP.step(id);
        if (step.struckOut()) {
            return Optional.of(Refusal.of("roadmap.refused.struckOut", id.name()));
        }
        if (id.stage().isAfter(currentStage)) {
            return Optional.of(Refusal.of("roadmap.refused.laterStage", id.name(), id.stage().number(),
                    currentStage.number()));
        }
        if (isDone(id)) {
            return Optional.of(Refusal.of("roadmap.refused.alreadyDone", id.name()));
        }
        if (step.decidedByBooks()) {
            return Optional.of(Refusal.of("roadmap.refused.books", id.name()));
        }
        if (step.ownerFor(actor.roles()).isEmpty()) {
            List<StepOwner> owners = step.owners();
            String second = owners.size() > 1 ? owners.get(1).name() : "none";
            return Optional.of(Refusal.of("roadmap.refused.notOwner", id.name(), owners.get(0).name(), second));
        }
        return RoadmapGates.firstRefusal(id, this, facts);
    }

    /** The steps of a stage as a chat shows them. */
    public List<StepStatus> statusOf(Stage stage, BookFacts facts) {
        return ROADMAP.stepsOf(stage).stream().map(step -> statusOf(step, facts)).toList();
    }

    /** The first {@code count} steps still to do, in roadmap order (reopened earlier steps first). */
    public List<StepStatus> nextSteps(int count, BookFacts facts) {
        return ROADMAP.steps().stream()
                .filter(step -> !step.struckOut() && !isDone(step.id()))
                .limit(count)
                .map(step -> statusOf(step, facts))
                .toList();
    }

    /** The steps this person could sign off right now (the buttons a chat offers them). */
    public List<Step> signableBy(Actor actor, BookFacts facts) {
        return ROADMAP.steps().stream()
                .filter(step -> refusalToSignOff(step.id(), actor, facts).isEmpty())
                .toList();
    }

    public GroupId group() {
        return group;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Stage currentStage() {
        return currentStage;
    }

    /** Every step of the last stage is done: the group has walked the whole roadmap. */
    public boolean isFinished() {
        return finished;
    }

    public boolean isDone(StepId id) {
        return completions.containsKey(id);
    }

    public Optional<Completion> completionOf(StepId id) {
        return Optional.ofNullable(completions.get(id));
    }

    /** Steps done out of the steps that count (struck-out ones never count). */
    public int doneCount() {
        return (int) ROADMAP.steps().stream().filter(step -> !step.struckOut() && isDone(step.id())).count();
    }

    public int requiredCount() {
        return (int) ROADMAP.steps().stream().filter(step -> !step.struckOut()).count();
    }

    /** When the group last moved forward (a step done or a stage advanced), for "no progress" flags. */
    public Instant lastProgressAt() {
        Instant last = startedAt;
        for (RoadmapEvent event : history) {
            boolean progress = event instanceof StepSignedOff || event instanceof StepCompletedByBooks
                    || event instanceof StageAdvanced || event instanceof RoadmapFinished;
            if (progress && event.at().isAfter(last)) {
                last = event.at();
            }
        }
        return last;
    }

    /** The transition log, oldest first. */
    public List<RoadmapEvent> history() {
        return history;
    }

    // ---- internals ------------------------------------------------------------------------

    private StepStatus statusOf(Step step, BookFacts facts) {
        StepId id = step.id();
        if (step.struckOut()) {
            return StepStatus.of(step, StepStatus.State.STRUCK_OUT);
        }
        if (isDone(id)) {
            return StepStatus.done(step, completions.get(id));
        }
        if (id.stage().isAfter(currentStage)) {
            return StepStatus.blocked(step, Refusal.of("roadmap.refused.laterStage", id.name(),
                    id.stage().number(), currentStage.number()));
        }
        Optional<Refusal> gate = RoadmapGates.firstRefusal(id, this, facts);
        if (gate.isPresent()) {
            return StepStatus.blocked(step, gate.get());
        }
        return StepStatus.of(step, step.decidedByBooks() ? StepStatus.State.BY_BOOKS : StepStatus.State.OPEN);
    }

    private Optional<Refusal> refusalToReopen(Actor actor, String reason) {
        if (!actor.holds(Role.FACILITATOR)) {
            return Optional.of(Refusal.of("roadmap.refused.notFacilitator"));
        }
        if (reason == null || reason.isBlank()) {
            return Optional.of(Refusal.of("roadmap.refused.reasonRequired"));
        }
        return Optional.empty();
    }

    /** Lets the books complete what they can and the stages advance, until nothing more moves. */
    private RoadmapChange settle(BookFacts facts, Instant at, List<RoadmapEvent> events) {
        GroupRoadmap roadmap = this;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (RoadmapBooks.BookRule rule : RoadmapBooks.allRules()) {
                if (roadmap.booksMayComplete(rule, facts)) {
                    roadmap = roadmap.record(new StepCompletedByBooks(rule.step(), at), events);
                    moved = true;
                }
            }
            if (!roadmap.finished && roadmap.allDoneUpTo(roadmap.currentStage)) {
                Optional<Stage> next = roadmap.currentStage.next();
                roadmap = next.isPresent()
                        ? roadmap.record(new StageAdvanced(roadmap.currentStage, next.get(), at), events)
                        : roadmap.record(new RoadmapFinished(at), events);
                moved = true;
            }
        }
        return new RoadmapChange(roadmap, events);
    }

    private boolean booksMayComplete(RoadmapBooks.BookRule rule, BookFacts facts) {
        StepId id = rule.step();
        return !isDone(id)
                && !id.stage().isAfter(currentStage)
                && rule.holds().test(facts)
                && RoadmapGates.firstRefusal(id, this, facts).isEmpty();
    }

    private boolean allDoneUpTo(Stage stage) {
        return ROADMAP.steps().stream()
                .filter(step -> !step.struckOut() && !step.stage().isAfter(stage))
                .allMatch(step -> isDone(step.id()));
    }

    private GroupRoadmap record(RoadmapEvent event, List<RoadmapEvent> events) {
        events.add(event);
        return apply(event);
    }

    /** The state an event leads to; fails loudly on an event that cannot follow this state. */
    private GroupRoadmap apply(RoadmapEvent event) {
        Map<StepId, Completion> nextCompletions = new EnumMap<>(StepId.class);
        nextCompletions.putAll(completions);
        Stage nextStage = currentStage;
        boolean nextFinished = finished;

        if (event instanceof StepSignedOff signed) {
            requireOpen(signed.step());
            nextCompletions.put(signed.step(), new SignOff(signed.step(), signed.by(), signed.role(), signed.as(),
                    signed.at(), signed.note(), List.of()));
        } else if (event instanceof StepCompletedByBooks settled) {
            requireOpen(settled.step());
            nextCompletions.put(settled.step(), new SettledByBooks(settled.step(), settled.at()));
        } else if (event instanceof EvidenceAttached attached) {
            if (!(completions.get(attached.step()) instanceof SignOff signOff)) {
                throw new IllegalStateException("evidence for a step nobody signed off: " + attached.step());
            }
            nextCompletions.put(attached.step(), signOff.withAttachment(attached.fileId()));
        } else if (event instanceof StageAdvanced advanced) {
            if (advanced.from() != currentStage || currentStage.next().orElse(null) != advanced.to()) {
                throw new IllegalStateException("cannot advance from " + currentStage + " as " + advanced);
            }
            nextStage = advanced.to();
        } else if (event instanceof RoadmapFinished) {
            if (finished || currentStage.next().isPresent()) {
                throw new IllegalStateException("the roadmap finishes once, in its last stage");
            }
            nextFinished = true;
        } else if (event instanceof StepReopened reopened) {
            if (nextCompletions.remove(reopened.step()) == null) {
                throw new IllegalStateException("reopening a step that is not done: " + reopened.step());
            }
            nextFinished = false;
        } else if (event instanceof StageReopened reopened) {
            if (reopened.stage().isAfter(currentStage)) {
                throw new IllegalStateException("reopening a stage not reached: " + reopened.stage());
            }
            reopened.reopenedSteps().forEach(nextCompletions::remove);
            nextStage = reopened.stage();
            nextFinished = false;
        } else {
            throw new IllegalStateException("unknown roadmap event " + event);
        }
        List<RoadmapEvent> nextHistory = new ArrayList<>(history);
        nextHistory.add(event);
        return new GroupRoadmap(group, startedAt, nextStage, nextFinished, nextCompletions, nextHistory);
    }

    private void requireOpen(StepId id) {
        if (completions.containsKey(id)) {
            throw new IllegalStateException("step already done: " + id);
        }
    }
}
