package khodyar.bot.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bot as a separate operating-system process, started as the README says (the same main class
 * and settings), so that tests can kill it with SIGKILL and start it again on the same data.
 */
public final class BotProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private BotProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static BotProcess start(Map<String, String> env, Path log) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "khodyar.bot.KhodyarApplication"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().putIfAbsent("SERVER_PORT", "0");
        try {
            return new BotProcess(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: the JVM's shutdown hooks run and Spring closes the application; waits until it has exited. */
    public void stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the bot did not stop within " + timeout);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** Waits until the log says the application started; fails with the log's tail if it died. */
    public Duration awaitStarted(Duration timeout) throws IOException, InterruptedException {
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).compareTo(timeout) < 0) {
            String text = java.nio.file.Files.readString(log);
            if (text.contains("Started KhodyarApplication")) {
                return Duration.between(start, Instant.now());
            }
            if (!process.isAlive()) {
                throw new AssertionError("the bot died at start:\n" + tail(text));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the bot did not start within " + timeout + ":\n" + tail(java.nio.file.Files.readString(log)));
    }

    private static String tail(String text) {
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            killHard();
        }
    }
}
