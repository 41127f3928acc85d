package khodyar.bench;

import khodyar.bench.Driver.Answer;
import khodyar.bench.Driver.Person;
import khodyar.bot.telegram.standin.BotApiStandIn;
import khodyar.bot.telegram.standin.SentMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The whole bench in one run: the echo floor, the bot (a child JVM from its exec jar) under closed-
 * and open-loop load, with 50 ms per Bot API call, faults, a 2,000-member broadcast under Telegram's
 * limits, footprint, and the floor again; prints the table and writes it to {@code bench.out}.
 *
 * <p>Sizes are system properties: bench.groups (200), bench.members (10), bench.broadcast (2000),
 * bench.rate (300), bench.seconds (20), bench.closedSeconds (30), bench.botJar, bench.out, bench.jfr,
 * bench.floor (true), bench.growthCalls (100), bench.botJvm (the bot's JVM options); bench.only=growth runs the growth section alone.
 */
public final class Bench {

    private static final String TOKEN = "6161:BENCH";
    private static final long ADMIN = 1;
    private static final Pattern DEEP_LINK = Pattern.compile("start=([A-Za-z0-9_-]+)");
    // the contract's confirm button word, written as escapes: no Arabic-script character in Java sources
    private static final String CONFIRM_WORD = "\u062a\u0623\u06cc\u06cc\u062f";

    private final int groupCount = Integer.getInteger("bench.groups", 200);
    private final int membersPerGroup = Integer.getInteger("bench.members", 10);
    private final int broadcastMembers = Integer.getInteger("bench.broadcast", 2000);
    private final double rate = Double.parseDouble(System.getProperty("bench.rate", "300"));
    private final Duration openSeconds = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    private final Duration closedSeconds = Duration.ofSeconds(Long.getLong("bench.closedSeconds", 30));
    private final Path botJar = Path.of(System.getProperty("bench.botJar", "bot/target/khodyar-bot-exec.jar"));
    private final Path out = Path.of(System.getProperty("bench.out", "bench/target/bench-results.md"));
    private final boolean jfr = Boolean.getBoolean("bench.jfr");
    /** The options README and Dockerfile give the bot (with MALLOC_ARENA_MAX=2, see BotUnderTest). */
    private final String botJvmOptions = System.getProperty("bench.botJvm",
            "-XX:+UseSerialGC -Xmx112m -XX:ReservedCodeCacheSize=48m -Xss512k");
    private final boolean floorWanted = Boolean.parseBoolean(System.getProperty("bench.floor", "true"));
    private final boolean growthOnly = "growth".equals(System.getProperty("bench.only"));
    private final int growthCalls = Integer.getInteger("bench.growthCalls", 100);

    private final Results results = new Results();
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());
    private final BotApiStandIn telegram = BotApiStandIn.start(TOKEN);
    private final Driver driver = new Driver(telegram);
    private final ExecutorService people = Executors.newFixedThreadPool(128);
    private Path dataDir;
    private Path logDir;

    record Group(String name, Person facilitator, Person treasurer, List<Person> members, String invite) {
    }

    public static void main(String[] args) throws Exception {
        Bench bench = new Bench();
        try {
            bench.run();
        } finally {
            bench.people.shutdownNow();
            bench.telegram.close();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        long begin = System.nanoTime();
        dataDir = Files.createTempDirectory("khodyar-bench-data");
        logDir = out.toAbsolutePath().getParent();
        Files.createDirectories(logDir);
        String machine = machine();
        System.out.println(machine);
        if (!Files.exists(botJar)) {
            throw new IllegalStateException(botJar + " is missing: run ./mvnw -q -B -DskipTests install first");
        }

        if (growthOnly) {
            growth();
            writeReport(begin, machine, Map.of(), Map.of());
            return;
        }

        System.out.println("== floor (before)");
        Map<String, Double> floorBefore = floorWanted ? floor("before") : Map.of("durable x1", Double.NaN);

        System.out.println("== the bot, send limits raised, stand-in limits off");
        Path log = logDir.resolve("bot-capacity.log");
        Files.deleteIfExists(log);
        BotUnderTest bot = startBot(raisedLimits(), log, jfr);
        results.add("footprint", "start-up to 'Started' (child JVM)", seconds(bot.startUp().toNanos()));
        Thread.sleep(3_000);
        results.add("footprint", "resident memory idle (VmRSS)", String.format("%.0f MB", bot.residentMegabytes()));

        long setupStart = System.nanoTime();
        List<Group> groups = setUpGroups();
        Group broadcastGroup = setUpBroadcastGroup();
        results.add("setup", groupCount + " groups x " + membersPerGroup + " members + " + broadcastMembers
                + "-member group joined by link", seconds(System.nanoTime() - setupStart) + ", "
                + driver.timeouts.get() + " unanswered");

        List<Person> members = groups.stream().flatMap(g -> g.members().stream()).toList();
        closedLoop(groups);
        double saturated = saturation(members);
        double durableFloor = floorBefore.get("durable x1");
        results.add("capacity", "bot saturated throughput (all members at once)",
                String.format("%.0f updates/s (%.2f x durable echo)", saturated, saturated / durableFloor));

        List<String> readOnly = List.of("/help", "/members", "/menu", "/balance");
        openLoop("capacity", members, readOnly, Duration.ZERO, durableFloor);
        openLoop("latency 50ms", members, readOnly, Duration.ofMillis(50), durableFloor);
        telegram.setLatency(Duration.ZERO);
        results.add("footprint", "resident memory after the " + groupCount + "-group load",
                String.format("%.0f MB", bot.residentMegabytes()), "< 300 MB", bot.residentMegabytes() < 300);
        growth();

        System.out.println("== faults");
        injectedErrors(members);
        fuzz(groups.get(0), bot);
        if (jfr) {
            // the recording would die with the kill -9 below
            command(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(bot.pid()),
                    "JFR.dump", "filename=" + logDir.resolve("bot.jfr"));
        }
        bot = killMidBurstAndRestart(groups.get(0), bot, log);
        bot.stop();

        System.out.println("== broadcast, default send limits, stand-in enforcing Telegram's limits");
        Path broadcastLog = logDir.resolve("bot-broadcast.log");
        Files.deleteIfExists(broadcastLog);
        try (BotUnderTest broadcaster = startBot(Map.of(), broadcastLog, false)) {
            broadcast(broadcastGroup, members);
        }

        System.out.println("== floor (after)");
        Map<String, Double> floorAfter = floorWanted ? floor("after") : Map.of();
        writeReport(begin, machine, floorBefore, floorAfter);
    }

    private void writeReport(long begin, String machine, Map<String, Double> floorBefore, Map<String, Double> floorAfter)
            throws IOException {
        String table = results.markdown();
        String report = "# Khodyar bench, " + ZonedDateTime.now() + "\n\n" + machine + "\n\n" + table
                + "\nfloor before: " + floorBefore + "\nfloor after: " + floorAfter
                + "\nunsupported answers by command: " + driver.unsupportedByCommand
                + "\nnotes:\n" + String.join("\n", notes)
                + "\ntotal bench time: " + seconds(System.nanoTime() - begin) + "\n";
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(report);
        deleteQuietly(dataDir);
    }

    // ---- floor ----

    private Map<String, Double> floor(String when) throws Exception {
        Map<String, Double> figures = new java.util.LinkedHashMap<>();
        // sized for a few seconds each: the floor is measured twice and the whole bench must stay under ten minutes
        figures.put("plain x1", EchoFloor.measure(EchoFloor.Mode.PLAIN, 1, 10_000, Duration.ZERO));
        figures.put("plain x8", EchoFloor.measure(EchoFloor.Mode.PLAIN, 8, 10_000, Duration.ZERO));
        figures.put("durable x1", EchoFloor.measure(EchoFloor.Mode.DURABLE, 1, 2_000, Duration.ZERO));
        figures.put("durable x8", EchoFloor.measure(EchoFloor.Mode.DURABLE, 8, 2_000, Duration.ZERO));
        figures.put("plain x1 @50ms", EchoFloor.measure(EchoFloor.Mode.PLAIN, 1, 100, Duration.ofMillis(50)));
        figures.forEach((name, perSecond) ->
                results.add("floor " + when, "echo " + name, String.format("%.0f updates/s", perSecond)));
        return figures;
    }

    // ---- setup: facilitators, groups, members joining by link ----

    private List<Group> setUpGroups() throws Exception {
        Person admin = new Person(ADMIN, "Admin");
        List<String> facilitatorLinks = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            facilitatorLinks.add(payload(driver.says(admin, "/invite facilitator", m -> has(m, "start="), null)));
        }
        List<Future<Group>> created = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            int index = g;
            created.add(people.submit(() -> {
                Person facilitator = new Person(10_000 + index, "Facilitator" + index);
                driver.says(facilitator, "/start " + facilitatorLinks.get(index),
                        m -> has(m, Words.text("role.facilitator")), null);
                String name = "Bench " + index;
                String invite = payload(driver.says(facilitator, "/newgroup " + name, m -> has(m, "start="), null));
                List<Person> members = new ArrayList<>();
                for (int i = 0; i < membersPerGroup; i++) {
                    Person member = new Person(100_000L + index * 1_000L + i, "M" + index + "x" + i);
                    join(member, invite);
                    members.add(member);
                }
                driver.says(facilitator, "/setrole 1 treasurer", m -> has(m, Words.suffix("setrole.done")), null);
                return new Group(name, facilitator, members.get(0), members.subList(1, members.size()), invite);
            }));
        }
        List<Group> groups = new ArrayList<>();
        for (Future<Group> group : created) {
            groups.add(group.get());
        }
        return groups;
    }

    private Group setUpBroadcastGroup() throws Exception {
        Person admin = new Person(ADMIN, "Admin");
        String invite = payload(driver.says(admin, "/newgroup Everyone", m -> has(m, "start="), null));
        List<Future<Person>> joined = new ArrayList<>();
        for (int i = 0; i < broadcastMembers; i++) {
            Person member = new Person(5_000_000L + i, "B" + i);
            joined.add(people.submit(() -> {
                join(member, invite);
                return member;
            }));
        }
        List<Person> members = new ArrayList<>();
        for (Future<Person> member : joined) {
            members.add(member.get());
        }
        return new Group("Everyone", admin, null, members, invite);
    }

    private void join(Person member, String invite) {
        driver.says(member, "/start " + invite, m -> has(m, Words.prefix("profile.askPhone")), null);
        driver.says(member, Words.text("button.skip"), m -> has(m, Words.prefix("profile.askAid")), null);
        driver.says(member, Words.text("button.skip"), m -> has(m, Words.prefix("profile.done")), null);
    }

    // ---- closed loop: the member script ----

    private void closedLoop(List<Group> groups) throws Exception {
        int concurrency = Math.min(100, groups.size());
        Latencies latencies = new Latencies();
        AtomicLong steps = new AtomicLong();
        long timeoutsBefore = driver.timeouts.get();
        long deadline = System.nanoTime() + closedSeconds.toNanos();
        Map<String, Object> treasurerLocks = new ConcurrentHashMap<>();
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            workers.add(people.submit(() -> {
                List<Group> mine = new ArrayList<>();
                for (int g = worker; g < groups.size(); g += concurrency) {
                    mine.add(groups.get(g));
                }
                for (int round = 0; System.nanoTime() < deadline; round++) {
                    Group group = mine.get(round % mine.size());
                    Person member = group.members().get((round / mine.size()) % group.members().size());
                    steps.addAndGet(memberScript(group, member, latencies,
                            treasurerLocks.computeIfAbsent(group.name(), n -> new Object())));
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        results.add("closed loop", concurrency + " people at once, script for " + closedSeconds.toSeconds() + " s",
                String.format("%d updates, %.0f/s, %s, %d unanswered", steps.get(), steps.get() / elapsed,
                        latencies.summary(), driver.timeouts.get() - timeoutsBefore));
        results.add("closed loop", "answers 'unknown command' (feature not merged)",
                String.valueOf(driver.unsupportedByCommand));
    }

    /** balance, deposit and the treasurer's confirmation, votes, the menu and a menu button, help. */
    private int memberScript(Group group, Person member, Latencies latencies, Object treasurerLock) {
        int steps = 0;
        driver.countedUnsupported("/balance", driver.says(member, "/balance", m -> true, latencies));
        steps++;
        Answer deposit = driver.says(member, "/deposit 500000", m -> true, latencies);
        steps++;
        if (!driver.countedUnsupported("/deposit", deposit)) {
            synchronized (treasurerLock) {
                steps += confirmByButton(group.treasurer(), latencies);
            }
        }
        driver.countedUnsupported("/votes", driver.says(member, "/votes", m -> true, latencies));
        driver.says(member, "/menu", m -> true, latencies);
        driver.says(member, Words.text("menu.members"), m -> true, latencies);
        driver.says(member, "/help", m -> true, latencies);
        return steps + 4;
    }

    private int confirmByButton(Person treasurer, Latencies latencies) {
        SentMessage request;
        try {
            request = telegram.awaitMessage(treasurer.id(), m -> m.replyMarkup() != null
                    && m.replyMarkup().toString().contains(CONFIRM_WORD), Duration.ofSeconds(5));
        } catch (AssertionError none) {
            driver.unsupportedByCommand.computeIfAbsent("confirm button", c -> new AtomicLong()).incrementAndGet();
            return 0;
        }
        try {
            driver.presses(treasurer, request, request.callbackDataOf(CONFIRM_WORD), m -> true, latencies);
            return 1;
        } catch (RuntimeException | AssertionError notThere) {
            return 0;
        }
    }

    // ---- capacity ----

    private double saturation(List<Person> members) throws InterruptedException {
        Set<Long> answered = ConcurrentHashMap.newKeySet();
        AtomicLong lastAnswer = new AtomicLong();
        Set<Long> waiting = ConcurrentHashMap.newKeySet();
        members.forEach(m -> waiting.add(m.id()));
        telegram.addListener(sent -> {
            if (waiting.remove(sent.chatId())) {
                answered.add(sent.chatId());
                lastAnswer.set(System.nanoTime());
            }
        });
        long start = System.nanoTime();
        for (Person member : members) {
            telegram.sendText(member.id(), member.name(), "/help");
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(500); // lets the /help replies drain before the next run
        return answered.size() / ((lastAnswer.get() - start) / 1e9);
    }

    private void openLoop(String section, List<Person> members, List<String> texts, Duration latency, double durableFloor)
            throws InterruptedException {
        telegram.setLatency(latency);
        Latencies latencies = new Latencies();
        Driver.OpenLoop run = driver.openLoop(members, texts, rate, openSeconds, latencies);
        results.add(section, String.format("open loop %.0f updates/s for %d s", rate, openSeconds.toSeconds()),
                String.format("%d/%d answered, %.0f/s (%.2f x durable echo), lag %.2f s, %s", run.answered(),
                        run.offered(), run.answeredPerSecond(), run.answeredPerSecond() / durableFloor,
                        run.lagSeconds(), latencies.summary()),
                "keeps up, p99 < 100 ms", run.keptUp() && latencies.percentileMillis(0.99) < 100);
    }

    // ---- growth ----

    /**
     * One group with 1 year and one with 5 years of weekly history, each alone in its own data folder
     * and served by its own bot and stand-in (a query that scans the store must not see the other
     * group's books), asked the same question in turns so that the machine's load falls on both alike:
     * a plain member's /balance, the treasurer's (the board's view adds the group's regularity) and,
     * when it is in the build, the treasurer's /report (time to its first message).
     */
    private void growth() throws Exception {
        System.out.println("== growth: 1 and 5 years of weekly history, each in its own data folder");
        java.time.Instant now = java.time.Instant.now();
        long seedStart = System.nanoTime();
        Future<History.Seeded> seedingYoung = people.submit(() ->
                History.seed(Files.createTempDirectory("khodyar-growth-1y"), now, 52));
        Future<History.Seeded> seedingOld = people.submit(() ->
                History.seed(Files.createTempDirectory("khodyar-growth-5y"), now, 260));
        History.Seeded young = seedingYoung.get();
        History.Seeded old = seedingOld.get();
        results.add("setup", "history written through LedgerStore.append (" + History.MEMBERS + " members; "
                + young.weeks() + " weeks = " + young.entries() + " entries, " + old.weeks() + " weeks = "
                + old.entries() + " entries, side by side)", seconds(System.nanoTime() - seedStart));
        try (BotApiStandIn youngApi = BotApiStandIn.start(TOKEN);
             BotApiStandIn oldApi = BotApiStandIn.start(TOKEN);
             BotUnderTest youngBot = startBot(youngApi, young.dataDir(), raisedLimits(), logDir.resolve("bot-growth-1y.log"), false);
             BotUnderTest oldBot = startBot(oldApi, old.dataDir(), raisedLimits(), logDir.resolve("bot-growth-5y.log"), jfr)) {
            Driver youngDriver = new Driver(youngApi);
            Driver oldDriver = new Driver(oldApi);
            String years = old.weeks() / 52 + " years vs " + young.weeks() / 52 + " year";
            growthOf("/balance", "a member's /balance at " + years + " of weekly history (25 members)",
                    youngDriver, young.member(), oldDriver, old.member(), growthCalls, true);
            // the board's view and the report read more; fewer calls keep the section short
            int fewer = Math.max(10, growthCalls / 10);
            growthOf("/balance", "the treasurer's /balance (with the group's regularity) at " + years,
                    youngDriver, young.treasurer(), oldDriver, old.treasurer(), fewer, false);
            growthOf("/report", "the treasurer's /report at " + years + " (to its chart; the spreadsheet follows)",
                    youngDriver, young.treasurer(), oldDriver, old.treasurer(), fewer, false);
            if (jfr) {
                command(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(oldBot.pid()),
                        "JFR.dump", "filename=" + logDir.resolve("bot-growth-5y.jfr"));
            }
        } finally {
            deleteQuietly(young.dataDir());
            deleteQuietly(old.dataDir());
        }
    }

    private void growthOf(String command, String figure, Driver youngDriver, Person young, Driver oldDriver, Person old,
                          int calls, boolean theTarget) {
        // wait for the last message of the answer, so that it cannot pass for the answer to the next call
        java.util.function.Predicate<SentMessage> last = command.equals("/report")
                ? m -> m.method().equals("sendDocument") || m.method().equals("sendMessage") : m -> true;
        Answer first = youngDriver.says(young, command, last, null);
        if (youngDriver.countedUnsupported(command, first) || !first.arrived()) {
            results.add("growth", figure, command + " is not in this build", theTarget ? "<= 1.5x" : "", null);
            return;
        }
        Latencies youngLatencies = new Latencies();
        Latencies oldLatencies = new Latencies();
        int warmUp = Math.max(5, calls / 10);
        for (int i = 0; i < warmUp + calls; i++) {
            boolean counted = i >= warmUp;
            youngDriver.says(young, command, last, counted ? youngLatencies : null);
            oldDriver.says(old, command, last, counted ? oldLatencies : null);
        }
        double ratio = oldLatencies.percentileMillis(0.5) / youngLatencies.percentileMillis(0.5);
        results.add("growth", figure, String.format("x%.2f at p50 (x%.2f at p99); %d calls each; 1 year %s; 5 years %s",
                        ratio, oldLatencies.percentileMillis(0.99) / youngLatencies.percentileMillis(0.99), calls,
                        youngLatencies.summary(), oldLatencies.summary()),
                theTarget ? "<= 1.5x" : "", theTarget ? ratio <= 1.5 : null);
    }

    // ---- faults ----

    private void injectedErrors(List<Person> members) throws InterruptedException {
        List<Person> burst = members.subList(0, Math.min(200, members.size()));
        for (String fault : List.of("429", "500")) {
            if (fault.equals("429")) {
                telegram.fail429Next(20, 1);
            } else {
                telegram.fail500Next(20);
            }
            Map<Long, Long> helpsBefore = new HashMap<>();
            for (Person member : burst) {
                helpsBefore.put(member.id(), helpCount(member.id()));
            }
            for (Person member : burst) {
                telegram.sendText(member.id(), member.name(), "/help");
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            int once = 0;
            while (System.nanoTime() < deadline) {
                once = (int) burst.stream().filter(m -> helpCount(m.id()) == helpsBefore.get(m.id()) + 1).count();
                if (once == burst.size()) {
                    break;
                }
                Thread.sleep(100);
            }
            Thread.sleep(2_000); // a second copy would have arrived by now
            once = (int) burst.stream().filter(m -> helpCount(m.id()) == helpsBefore.get(m.id()) + 1).count();
            results.add("faults", "20 x " + fault + " injected in a burst of " + burst.size() + " /help",
                    once + "/" + burst.size() + " answered exactly once", "all", once == burst.size());
        }
    }

    private long helpCount(long chatId) {
        String help = Words.prefix("help.text").substring(0, 10);
        return telegram.sentTo(chatId).stream().filter(m -> m.text() != null && m.text().startsWith(help)).count();
    }

    private void fuzz(Group group, BotUnderTest bot) throws Exception {
        long errorsBefore = bot.errorLines().size();
        int people = 100;
        int perPrompt = 15;
        java.util.Random random = new java.util.Random(20_260_101L);
        List<List<String>> inputs = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            List<String> mine = new ArrayList<>();
            for (int i = 0; i < 2 * perPrompt; i++) {
                mine.add(RandomText.next(random));
            }
            inputs.add(mine);
        }
        AtomicInteger answers = new AtomicInteger();
        List<String> bad = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> runs = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            Person person = new Person(7_000_000L + p, "F" + p);
            List<String> mine = inputs.get(p);
            runs.add(this.people.submit(() -> {
                driver.says(person, "/start " + group.invite(), m -> has(m, Words.prefix("profile.askPhone")), null);
                for (int i = 0; i < mine.size(); i++) {
                    if (i == perPrompt) {
                        driver.says(person, Words.text("button.skip"), m -> has(m, Words.prefix("profile.askAid")), null);
                    }
                    Answer answer = driver.says(person, mine.get(i), m -> true, null);
                    answers.incrementAndGet();
                    String text = answer.first() == null ? null : answer.first().text();
                    if (text == null || text.length() > 300 || !Words.PERSIAN.matcher(text).find()) {
                        bad.add(RandomText.describe(mine.get(i)) + " -> " + text);
                    }
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        long errors = bot.errorLines().size() - errorsBefore;
        results.add("faults", people * 2 * perPrompt + " random strings at the phone and aid prompts",
                answers.get() + " answered, " + bad.size() + " not a short Persian message, " + errors
                        + " error lines in the bot's log", "0 bad, 0 errors", bad.isEmpty() && errors == 0);
        bad.stream().limit(10).forEach(b -> notes.add("fuzz: " + b));
        bad.stream().limit(10).forEach(b -> System.out.println("    fuzz: " + b));
    }

    private BotUnderTest killMidBurstAndRestart(Group group, BotUnderTest bot, Path log) throws Exception {
        String invite = payload(driver.says(group.facilitator(), "/newgroup Crash", m -> has(m, "start="), null));
        int size = 200;
        String asked = Words.prefix("profile.askPhone");
        String welcome = Words.suffix("group.joined");
        Set<Long> askedPhone = ConcurrentHashMap.newKeySet();
        AtomicLong lastAsked = new AtomicLong();
        telegram.addListener(sent -> {
            if (sent.text() != null && sent.text().startsWith(asked) && askedPhone.add(sent.chatId())) {
                lastAsked.set(System.nanoTime());
            }
        });
        List<Long> joins = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            joins.add(telegram.sendText(8_000_000L + i, "K" + i, "/start " + invite));
        }
        while (askedPhone.size() < size / 3) {
            Thread.sleep(1);
        }
        Set<Long> acknowledged = Set.copyOf(askedPhone);
        bot.killHard();
        long killedAt = System.nanoTime();
        Path restartLog = log.resolveSibling("bot-restarted.log");
        Files.deleteIfExists(restartLog);
        BotUnderTest restarted = startBot(raisedLimits(), restartLog, false);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (askedPhone.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        double recovery = (lastAsked.get() - killedAt) / 1e9;
        results.add("faults", "kill -9 after " + acknowledged.size() + " of " + size + " joins answered: restart",
                String.format("start-up %.1f s; %d of %d asked for their phone, the last %.1f s after the kill",
                        restarted.startUp().toNanos() / 1e9, askedPhone.size(), size, recovery));
        for (long update : joins.subList(0, 50)) {
            for (int copy = 0; copy < 3; copy++) {
                telegram.redeliver(update);
            }
        }
        driver.says(new Person(9_999_999, "Sentinel"), "/help", m -> true, null);
        Thread.sleep(2_000);
        int lost = 0;
        for (long member : acknowledged) {
            if (!restarted.isAlive()) {
                throw new IllegalStateException("the restarted bot ended (a signal from outside the bench?)");
            }
            Answer menu = driver.says(new Person(member, "K"), "/menu", m -> true, null);
            if (!menu.text().contains("Crash")) {
                lost++;
            }
        }
        int notWelcomed = 0;
        int welcomedTwice = 0;
        for (int i = 0; i < size; i++) {
            long chat = 8_000_000L + i;
            List<SentMessage> inbox = telegram.sentTo(chat);
            long welcomes = inbox.stream().filter(m -> m.text() != null && m.text().contains(welcome)).count();
            if (welcomes == 0 || !askedPhone.contains(chat)) {
                notWelcomed++;
            } else if (welcomes > 1) {
                welcomedTwice++;
            }
            if (welcomes != 1 || !askedPhone.contains(chat)) {
                notes.add("after kill -9: K" + i + (acknowledged.contains(chat) ? " (acknowledged)" : "") + " got "
                        + inbox.stream().map(m -> m.text() == null ? "?" : m.text().substring(0, Math.min(25, m.text().length()))
                        .replace('\n', ' ')).toList());
            }
        }
        results.add("faults", "acknowledged joins lost after kill -9", String.valueOf(lost), "0", lost == 0);
        results.add("faults", "people never welcomed or never asked (kill -9, 50 updates redelivered x3)",
                String.valueOf(notWelcomed), "0", notWelcomed == 0);
        // Telegram has no idempotency key: a message sent just before the kill whose sent mark was not yet stored goes again
        results.add("faults", "people welcomed twice (sending is at least once)", String.valueOf(welcomedTwice));
        return restarted;
    }

    // ---- broadcast ----

    private void broadcast(Group group, List<Person> probes) throws Exception {
        telegram.setEnforceLimits(true);
        probe(probes, 0, Duration.ofSeconds(10), () -> false); // warms the freshly started bot up
        Latencies quiet = probe(probes, 0, Duration.ofSeconds(15), () -> false);
        Set<Long> recipients = ConcurrentHashMap.newKeySet();
        group.members().forEach(m -> recipients.add(m.id()));
        Map<Long, AtomicInteger> received = new ConcurrentHashMap<>();
        AtomicLong first = new AtomicLong();
        AtomicLong last = new AtomicLong();
        AtomicLong allSends = new AtomicLong();
        Map<String, AtomicInteger> otherSends = new ConcurrentHashMap<>();
        telegram.addListener(sent -> {
            if (first.get() != 0) {
                allSends.incrementAndGet();
                if (sent.text() == null || !sent.text().contains("BENCH-NOTICE")) {
                    String start = sent.text() == null ? sent.method() : sent.text().substring(0, Math.min(30, sent.text().length()));
                    otherSends.computeIfAbsent(start.replace('\n', ' '), k -> new AtomicInteger()).incrementAndGet();
                }
            }
            if (recipients.contains(sent.chatId()) && sent.text() != null && sent.text().contains("BENCH-NOTICE")) {
                first.compareAndSet(0, System.nanoTime());
                last.set(System.nanoTime());
                received.computeIfAbsent(sent.chatId(), c -> new AtomicInteger()).incrementAndGet();
            }
        });
        int violationsBefore = telegram.limitViolations();
        driver.says(group.facilitator(), "/broadcast BENCH-NOTICE: meeting on Thursday", m -> true, null);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(120, recipients.size() / 15));
        Latencies during = probe(probes, 1_000, Duration.ofSeconds(Math.max(120, recipients.size() / 15)),
                () -> received.size() >= recipients.size() || System.nanoTime() > deadline);
        double seconds = (last.get() - first.get()) / 1e9;
        double sendRate = (received.values().stream().mapToInt(AtomicInteger::get).sum() - 1) / seconds;
        double allRate = allSends.get() / seconds;
        otherSends.entrySet().stream().sorted((a, b) -> b.getValue().get() - a.getValue().get()).limit(8)
                .forEach(e -> notes.add("sent during the broadcast besides it: " + e.getValue() + " x " + e.getKey()));
        long dropped = recipients.stream().filter(r -> !received.containsKey(r)).count();
        long doubled = received.values().stream().filter(c -> c.get() > 1).count();
        results.add("broadcast", "to " + recipients.size() + " members: broadcast send rate / 30 per s",
                String.format("%.1f/s = %.0f%% (all sends incl. interactive %.1f/s = %.0f%%)", sendRate,
                        100 * sendRate / 30, allRate, 100 * allRate / 30), ">= 95%", sendRate / 30 >= 0.95);
        results.add("broadcast", "limit violations (stand-in 429s)",
                String.valueOf(telegram.limitViolations() - violationsBefore), "0",
                telegram.limitViolations() == violationsBefore);
        results.add("broadcast", "drops / sent twice", dropped + " / " + doubled, "0 / 0", dropped == 0 && doubled == 0);
        results.add("broadcast", "interactive p99 during broadcast vs without",
                String.format("%.0f ms vs %.0f ms (%s during)", during.percentileMillis(0.99),
                        quiet.percentileMillis(0.99), during.summary()), "<= 2x",
                during.percentileMillis(0.99) <= 2 * Math.max(quiet.percentileMillis(0.99), 1));
        telegram.setEnforceLimits(false);
    }

    /** A person at a time asks /help (a different person each time, as Telegram limits each chat). */
    private Latencies probe(List<Person> probes, long pauseMillis, Duration atMost, java.util.function.BooleanSupplier done)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        long end = System.nanoTime() + atMost.toNanos();
        for (int i = 0; System.nanoTime() < end && !done.getAsBoolean(); i++) {
            driver.says(probes.get((i * 7) % probes.size()), "/help", m -> true, latencies);
            Thread.sleep(pauseMillis > 0 ? pauseMillis : 200);
        }
        return latencies;
    }

    // ---- helpers ----

    private BotUnderTest startBot(Map<String, String> extraEnv, Path log, boolean profile) throws Exception {
        return startBot(telegram, dataDir, extraEnv, log, profile);
    }

    private BotUnderTest startBot(BotApiStandIn api, Path data, Map<String, String> extraEnv, Path log, boolean profile)
            throws Exception {
        Files.deleteIfExists(log);
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("TELEGRAM_BOT_TOKEN", TOKEN);
        env.put("TELEGRAM_API_URL", api.baseUrl());
        env.put("BOT_DATA_DIR", data.toString());
        env.put("BOT_ADMINS", Long.toString(ADMIN));
        List<String> jvm = new ArrayList<>(List.of(botJvmOptions.trim().split("\\s+")));
        if (profile) {
            jvm.add("-XX:StartFlightRecording=filename=" + log.resolveSibling("bot.jfr") + ",settings=profile");
        }
        return BotUnderTest.start(botJar.toAbsolutePath(), env, jvm, log);
    }

    private static Map<String, String> raisedLimits() {
        return Map.of("BOT_OUTBOUND_GLOBAL_PER_SECOND", "100000",
                "BOT_OUTBOUND_PRIVATE_CHAT_BURST", "100000",
                "BOT_OUTBOUND_GROUP_CHAT_PER_MINUTE", "100000",
                "BOT_OUTBOUND_MAX_IN_FLIGHT", "64");
    }

    private static boolean has(SentMessage message, String words) {
        return message.text() != null && message.text().contains(words);
    }

    private static String payload(Answer answer) {
        Matcher matcher = DEEP_LINK.matcher(answer.text());
        if (!matcher.find()) {
            throw new IllegalStateException("no deep link in the bot's answer: " + answer.text());
        }
        return matcher.group(1);
    }

    private static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }

    private static String machine() {
        return "machine: " + command("nproc").strip() + " cores, load average " + read("/proc/loadavg").strip()
                + ", kernel " + command("uname", "-r").strip() + ", memory " + command("free", "-h").lines()
                .skip(1).findFirst().orElse("").replaceAll("\\s+", " ") + ", java "
                + System.getProperty("java.vm.version") + " (" + System.getProperty("java.vm.name") + ")";
    }

    private static String command(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output;
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "?";
        }
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
