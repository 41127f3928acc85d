package khodyar.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bot as the README starts it: a child JVM running the exec jar with the contract's environment
 * variables, its log in a file, killable with SIGKILL.
 */
final class BotUnderTest implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final Duration startUp;

    private BotUnderTest(Process process, Path log, Duration startUp) {
        this.process = process;
        this.log = log;
        this.startUp = startUp;
    }

    static BotUnderTest start(Path jar, Map<String, String> env, List<String> jvmOptions, Path log) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("SERVER_PORT", "0");
        // as the Dockerfile: fewer glibc malloc arenas for the bot's many threads
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        long begin = System.nanoTime();
        Process process = builder.start();
        // a bench stopped halfway must not leave a bot running
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        long deadline = begin + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.readString(log);
            if (text.contains("Started KhodyarApplication")) {
                return new BotUnderTest(process, log, Duration.ofNanos(System.nanoTime() - begin));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the bot died at start; see " + log);
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the bot did not start within 3 minutes; see " + log);
    }

    Duration startUp() {
        return startUp;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Resident memory in MB, from /proc (Linux). */
    double residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Double.NaN;
    }

    /** Lines of the bot's log that report an error or an exception. */
    List<String> errorLines() throws IOException {
        return Files.readAllLines(log).stream()
                .filter(line -> line.contains(" ERROR ") || line.contains("Exception"))
                .toList();
    }

    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM and wait: the shutdown hooks run (JFR writes its recording). */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            killHard();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            killHard();
        }
    }
}
