package khodyar.bot.telegram.standin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-process fake of the Telegram Bot API that speaks the real Bot API JSON over HTTP on
 * 127.0.0.1, for end-to-end tests, the local simulator and benchmarks.
 *
 * <p>Users' actions ({@link #sendText}, {@link #pressButton}, ...) become updates that the bot
 * fetches with {@code getUpdates}; what the bot sends is kept per chat ({@link #sentTo}). Faults
 * (429, 500), Telegram's rate limits and network latency can be switched on. All methods are
 * thread-safe: one lock guards the state, and a long poll waits on it without holding it.
 *
 * <p>Served methods (names case-insensitive): getMe, getUpdates, sendMessage, editMessageText,
 * editMessageReplyMarkup, answerCallbackQuery, sendPhoto, sendDocument, setMyCommands,
 * getMyCommands, deleteMyCommands, setWebhook, deleteWebhook, getWebhookInfo, getChat.
 */
public final class BotApiStandIn implements AutoCloseable {

    static {
        // the JDK server otherwise writes headers and body in separate packets that Nagle holds back (~40 ms a call)
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    public static final String DEFAULT_BOT_USERNAME = "khodyar_test_bot";

    static final int MAX_TEXT_LENGTH = 4096;
    static final int MAX_CAPTION_LENGTH = 1024;
    static final int MAX_CALLBACK_DATA_BYTES = 64;
    private static final int MAX_UPDATES_PER_CALL = 100;
    private static final long DEFAULT_BOT_ID = 7_700_000_001L;
    // recent updates kept for redeliver() and awaitReply() after they are confirmed
    private static final int UPDATE_HISTORY = 10_000;
    private static final int HANDED_OUT_HISTORY = 200_000;
    private static final int WORKER_THREADS = 32;
    private static final int QUEUED_REQUESTS = 1_024;
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(1);
    private static final Pattern PATH = Pattern.compile("^/bot([^/]+)/(?:test/)?([A-Za-z]+)/?$");
    private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");
    private static final Set<String> OUTBOUND_METHODS =
            Set.of("sendmessage", "sendphoto", "senddocument", "editmessagetext", "editmessagereplymarkup");
    private static final String NOT_MODIFIED = "message is not modified: specified new message content and reply"
            + " markup are exactly the same as a current content and reply markup of the message";
    private static final String INVALID_QUERY = "query is too old and response timeout expired or query ID is invalid";

    private final String token;
    private final String botUsername;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final TelegramObjects objects;
    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final CopyOnWriteArrayList<Consumer<SentMessage>> listeners = new CopyOnWriteArrayList<>();
    private volatile Duration latency = Duration.ZERO;
    private final AtomicInteger callsInFlight = new AtomicInteger();

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition updatesArrived = lock.newCondition();
    private final Condition botActed = lock.newCondition();
    // everything below is guarded by lock
    private final TreeMap<Long, ObjectNode> unconfirmedUpdates = new TreeMap<>();
    private final ArrayDeque<ObjectNode> redeliveries = new ArrayDeque<>();
    private final Map<Long, UpdateRecord> updateHistory = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, UpdateRecord> eldest) {
            return size() > UPDATE_HISTORY;
        }
    };
    // when each recent update was first handed out by getUpdates (System.nanoTime), for latency figures
    private final Map<Long, Long> handedOutAt = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
            return size() > HANDED_OUT_HISTORY;
        }
    };
    private final Map<Long, ChatLog> chats = new HashMap<>();
    private final Map<MessageKey, SentMessage> allSent = new LinkedHashMap<>();
    private final Map<Long, String> userNames = new HashMap<>();
    private final Map<Long, String> groupTitles = new HashMap<>();
    private final Set<Long> usersWhoBlockedTheBot = new HashSet<>();
    private final Map<String, PendingCallback> unansweredCallbacks = new HashMap<>();
    private final List<CallbackAnswer> callbackAnswers = new ArrayList<>();
    private final Map<String, Map<String, Object>> commandsByScopeAndLanguage = new LinkedHashMap<>();
    private final TelegramLimits limits = new TelegramLimits();
    private long nextUpdateId = 1;
    private long nextCallbackQueryId = 1;
    private long nextFileId = 1;
    private long revision;
    private long lastAcknowledgedOffset;
    private int fail429Remaining;
    private int fail429RetryAfterSeconds;
    private int fail500Remaining;
    private boolean enforceLimits;
    private int limitViolations;
    private String webhookUrl = "";
    private volatile boolean closed;

    private record MessageKey(long chatId, long messageId) {
    }

    private record UpdateRecord(long chatId, long revisionWhenCreated, ObjectNode update) {
    }

    private record PendingCallback(long userId, String data) {
    }

    private record HttpAnswer(int status, JsonNode body) {
    }

    /** Messages of one chat: the shared id counter and what the bot sent, in order. */
    private static final class ChatLog {
        private long lastMessageId;
        private final LinkedHashMap<Long, SentMessage> botMessages = new LinkedHashMap<>();

        long nextMessageId() {
            return ++lastMessageId;
        }
    }

    private BotApiStandIn(String token, int port, String botUsername, Clock clock) {
        this.token = Objects.requireNonNull(token, "token");
        this.botUsername = Objects.requireNonNull(botUsername, "botUsername");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.objects = new TelegramObjects(botIdOf(token), "Khodyar", botUsername);
        this.workers = new ThreadPoolExecutor(WORKER_THREADS, WORKER_THREADS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUED_REQUESTS), daemonThreads());
        workers.allowCoreThreadTimeOut(true);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        } catch (IOException e) {
            workers.shutdownNow();
            throw new UncheckedIOException("cannot bind the Bot API stand-in to port " + port, e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(workers);
        server.start();
    }

    /** Starts a stand-in on a free port of 127.0.0.1. */
    public static BotApiStandIn start(String token) {
        return start(token, 0);
    }

    /** Starts a stand-in on the given port of 127.0.0.1 (0 picks a free one). */
    public static BotApiStandIn start(String token, int port) {
        return start(token, port, DEFAULT_BOT_USERNAME, Clock.systemUTC());
    }

    /** Starts a stand-in whose getMe answers {@code botUsername} and whose message dates come from {@code clock}. */
    public static BotApiStandIn start(String token, int port, String botUsername, Clock clock) {
        return new BotApiStandIn(token, port, botUsername, clock);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String botUsername() {
        return botUsername;
    }

    // ---- what users do ----

    /** A user writes in their private chat with the bot (chat id = user id); returns the update id. */
    public long sendText(long userId, String firstName, String text) {
        return sendTextInGroup(userId, userId, firstName, text);
    }

    /** A user writes in a group chat (negative chat id); returns the update id. */
    public long sendTextInGroup(long chatId, long userId, String firstName, String text) {
        Objects.requireNonNull(text, "text");
        return userMessage(chatId, userId, firstName, message -> TelegramObjects.putText(message, text));
    }

    /** A user shares their phone number through a contact button in the private chat; returns the update id. */
    public long shareContact(long userId, String firstName, String phoneNumber) {
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        return userMessage(userId, userId, firstName,
                message -> message.set("contact", TelegramObjects.contact(userId, firstName, phoneNumber)));
    }

    /** A user sends a photo (the file id as Telegram would give it) in their private chat; returns the update id. */
    public long sendPhoto(long userId, String firstName, String fileId) {
        Objects.requireNonNull(fileId, "fileId");
        return userMessage(userId, userId, firstName, message -> message.putArray("photo").addObject()
                .put("file_id", fileId).put("file_unique_id", "u" + fileId).put("width", 0).put("height", 0));
    }

    /** A user presses an inline button of the bot's message in their private chat; returns the update id. */
    public long pressButton(long userId, long messageId, String callbackData) {
        return pressButtonInGroup(userId, userId, messageId, callbackData);
    }

    /**
     * A user presses an inline button of the bot's message in a chat; returns the update id. The data
     * need not be on the message's current keyboard: a quick second tap on Telegram can deliver a
     * press of a button the bot has just removed.
     *
     * @throws IllegalArgumentException when the bot sent no message {@code messageId} to that chat
     */
    public long pressButtonInGroup(long chatId, long userId, long messageId, String callbackData) {
        Objects.requireNonNull(callbackData, "callbackData");
        lock.lock();
        try {
            ChatLog chat = chats.get(chatId);
            SentMessage pressed = chat == null ? null : chat.botMessages.get(messageId);
            if (pressed == null) {
                throw new IllegalArgumentException("the bot sent no message " + messageId + " to chat " + chatId);
            }
            String queryId = String.valueOf(nextCallbackQueryId++);
            unansweredCallbacks.put(queryId, new PendingCallback(userId, callbackData));
            ObjectNode query = json.createObjectNode().put("id", queryId);
            query.set("from", TelegramObjects.user(userId, userName(userId)));
            query.set("message", objects.botMessage(pressed, chatJson(chatId)));
            query.put("chat_instance", String.valueOf(chatId)).put("data", callbackData);
            return enqueue(chatId, "callback_query", query);
        } finally {
            lock.unlock();
        }
    }

    /** Hands an earlier update out once more with the next getUpdates, whatever the offset (Telegram may). */
    public void redeliver(long updateId) {
        lock.lock();
        try {
            UpdateRecord update = updateHistory.get(updateId);
            if (update == null) {
                throw new IllegalArgumentException("no recent update " + updateId);
            }
            redeliveries.addLast(update.update());
            updatesArrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Names a group chat (getChat and the chat objects in updates show it). */
    public void setGroupTitle(long chatId, String title) {
        lock.lock();
        try {
            groupTitles.put(chatId, Objects.requireNonNull(title, "title"));
        } finally {
            lock.unlock();
        }
    }

    /** From now on sending to this user answers 403 "bot was blocked by the user", as Telegram does. */
    public void blockBot(long userId) {
        lock.lock();
        try {
            usersWhoBlockedTheBot.add(userId);
        } finally {
            lock.unlock();
        }
    }

    // ---- what the bot did ----

    /** The bot's messages to a chat, oldest first, each as it stands now (after edits). */
    public List<SentMessage> sentTo(long chatId) {
        lock.lock();
        try {
            ChatLog chat = chats.get(chatId);
            return chat == null ? List.of() : List.copyOf(chat.botMessages.values());
        } finally {
            lock.unlock();
        }
    }

    /** All the bot's messages to all chats, oldest first, each as it stands now. */
    public List<SentMessage> allSent() {
        lock.lock();
        try {
            return List.copyOf(allSent.values());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the bot's latest message to the chat that matches is there (messages sent or
     * edited before this call count too) and returns it.
     *
     * @throws AssertionError when none matches within the timeout
     */
    public SentMessage awaitMessage(long chatId, Predicate<SentMessage> match, Duration timeout) {
        return awaitBotAction(chatId, -1, match, timeout);
    }

    /**
     * Waits for the bot's answer to an update: a message sent or edited in the update's chat after
     * the update was made that matches; returns the latest such.
     *
     * @throws AssertionError when none matches within the timeout
     */
    public SentMessage awaitReply(long updateId, Predicate<SentMessage> match, Duration timeout) {
        UpdateRecord update;
        lock.lock();
        try {
            update = updateHistory.get(updateId);
        } finally {
            lock.unlock();
        }
        if (update == null) {
            throw new IllegalArgumentException("no recent update " + updateId);
        }
        return awaitBotAction(update.chatId(), update.revisionWhenCreated(), match, timeout);
    }

    public List<CallbackAnswer> callbackAnswers() {
        lock.lock();
        try {
            return List.copyOf(callbackAnswers);
        } finally {
            lock.unlock();
        }
    }

    /**
     * What setMyCommands got, one entry per scope and language: "commands" (a list of maps with
     * "command" and "description"), "language_code" ("" for the default) and "scope".
     */
    public List<Map<String, Object>> registeredCommands() {
        lock.lock();
        try {
            return List.copyOf(commandsByScopeAndLanguage.values());
        } finally {
            lock.unlock();
        }
    }

    /** The highest offset the bot passed to getUpdates (it confirms every update below it). */
    public long lastAcknowledgedOffset() {
        lock.lock();
        try {
            return lastAcknowledgedOffset;
        } finally {
            lock.unlock();
        }
    }

    /**
     * When getUpdates first handed this update out, in {@link System#nanoTime()} terms; empty when it
     * has not been handed out yet (or is too old to be remembered). Benchmarks measure replies from here.
     */
    public OptionalLong handedOutNanos(long updateId) {
        lock.lock();
        try {
            Long at = handedOutAt.get(updateId);
            return at == null ? OptionalLong.empty() : OptionalLong.of(at);
        } finally {
            lock.unlock();
        }
    }

    /** Updates not yet confirmed by an offset, handed out or not. */
    public int pendingUpdates() {
        lock.lock();
        try {
            return unconfirmedUpdates.size();
        } finally {
            lock.unlock();
        }
    }

    // ---- faults and limits ----

    /** The next {@code count} outbound calls (send* and edit*) answer 429 with this retry_after. */
    public void fail429Next(int count, int retryAfterSeconds) {
        lock.lock();
        try {
            fail429Remaining = count;
            fail429RetryAfterSeconds = retryAfterSeconds;
        } finally {
            lock.unlock();
        }
    }

    /** The next {@code count} outbound calls (send* and edit*) answer 500. */
    public void fail500Next(int count) {
        lock.lock();
        try {
            fail500Remaining = count;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Answers a new message (sendMessage, sendPhoto, sendDocument) with 429 when it breaks Telegram's
     * limits: more than 30 a second overall, more than one a second per private chat beyond a burst of
     * 3, more than 20 a minute per group chat. Each refusal counts as a violation.
     */
    public void setEnforceLimits(boolean on) {
        lock.lock();
        try {
            enforceLimits = on;
        } finally {
            lock.unlock();
        }
    }

    public int limitViolations() {
        lock.lock();
        try {
            return limitViolations;
        } finally {
            lock.unlock();
        }
    }

    /** Delays every Bot API call by this much, as a real network does (50-300 ms to Telegram). */
    public void setLatency(Duration perCall) {
        latency = Objects.requireNonNull(perCall, "perCall");
    }

    /** Called with every message the bot sends, and with every new version of an edited one. */
    public void addListener(Consumer<SentMessage> onSend) {
        listeners.add(Objects.requireNonNull(onSend, "onSend"));
    }

    /** Stops serving: held long polls answer empty at once, calls in flight get up to a second to finish. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            updatesArrived.signalAll();
            botActed.signalAll();
        } finally {
            lock.unlock();
        }
        // released long polls and calls in flight get a moment to send their answers; HttpServer.stop(n)
        // itself would wait the full n seconds even when idle
        long deadline = System.nanoTime() + CLOSE_GRACE.toNanos();
        while (callsInFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        server.stop(0);
        workers.shutdownNow();
    }

    // ---- HTTP ----

    private void handle(HttpExchange exchange) {
        callsInFlight.incrementAndGet();
        try {
            respond(exchange);
        } finally {
            callsInFlight.decrementAndGet();
        }
    }

    private void respond(HttpExchange exchange) {
        HttpAnswer answer;
        try {
            answer = answer(exchange);
        } catch (BotApiError error) {
            answer = errorAnswer(error);
        } catch (RuntimeException | IOException e) {
            answer = errorAnswer(BotApiError.internalServerError());
        }
        try {
            byte[] body = json.writeValueAsBytes(answer.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException clientWentAway) {
            // nothing to answer to
        } finally {
            exchange.close();
        }
    }

    private HttpAnswer answer(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Matcher path = PATH.matcher(exchange.getRequestURI().getRawPath());
        if (!path.matches()) {
            throw BotApiError.notFound();
        }
        if (!path.group(1).equals(token)) {
            throw BotApiError.unauthorized();
        }
        String method = path.group(2).toLowerCase(Locale.ROOT);
        pauseForLatency();
        if (closed) {
            throw BotApiError.internalServerError();
        }
        Map<String, MultipartForm.Part> files = new HashMap<>();
        ObjectNode params = parameters(exchange, body, files);
        if (OUTBOUND_METHODS.contains(method)) {
            injectFault();
        }
        return new HttpAnswer(200, ok(serve(method, params, files)));
    }

    private JsonNode serve(String method, ObjectNode params, Map<String, MultipartForm.Part> files) {
        switch (method) {
            case "getme":
                return objects.botProfile();
            case "getupdates":
                return getUpdates(params);
            case "sendmessage":
                return sendMessage(params);
            case "editmessagetext":
                return editMessage(params, true);
            case "editmessagereplymarkup":
                return editMessage(params, false);
            case "answercallbackquery":
                return answerCallbackQuery(params);
            case "sendphoto":
                return sendFile(params, files, "photo", "sendPhoto");
            case "senddocument":
                return sendFile(params, files, "document", "sendDocument");
            case "setmycommands":
                return setMyCommands(params);
            case "getmycommands":
                return getMyCommands(params);
            case "deletemycommands":
                return deleteMyCommands(params);
            case "setwebhook":
                return setWebhook(text(params, "url", ""));
            case "deletewebhook":
                return deleteWebhook(params.path("drop_pending_updates").asBoolean(false));
            case "getwebhookinfo":
                return webhookInfo();
            case "getchat":
                return getChat(params);
            default:
                throw BotApiError.notFound();
        }
    }

    private ObjectNode parameters(HttpExchange exchange, byte[] body, Map<String, MultipartForm.Part> files) {
        ObjectNode params = json.createObjectNode();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            putFormFields(params, query);
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (body.length > 0) {
            if (MultipartForm.isMultipart(contentType)) {
                for (MultipartForm.Part part : MultipartForm.parse(body, contentType)) {
                    if (part.fileName() == null) {
                        params.put(part.name(), part.textValue());
                    } else {
                        files.put(part.name(), part);
                    }
                }
            } else if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("x-www-form-urlencoded")) {
                putFormFields(params, new String(body, StandardCharsets.UTF_8));
            } else {
                params.setAll(jsonObject(body));
            }
        }
        // form fields carry JSON objects as strings
        for (String field : List.of("reply_markup", "commands", "scope")) {
            JsonNode value = params.get(field);
            if (value != null && value.isTextual()) {
                try {
                    params.set(field, json.readTree(value.asText()));
                } catch (JsonProcessingException e) {
                    throw BotApiError.badRequest("can't parse " + field + " JSON object");
                }
            }
        }
        return params;
    }

    private ObjectNode jsonObject(byte[] body) {
        try {
            JsonNode parsed = json.readTree(body);
            if (parsed instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            // answered below
        }
        throw BotApiError.badRequest("can't parse request JSON object");
    }

    private static void putFormFields(ObjectNode params, String form) {
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
    }

    private void pauseForLatency() {
        Duration delay = latency;
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw BotApiError.internalServerError();
            }
        }
    }

    private void injectFault() {
        lock.lock();
        try {
            if (fail429Remaining > 0) {
                fail429Remaining--;
                throw BotApiError.tooManyRequests(fail429RetryAfterSeconds);
            }
            if (fail500Remaining > 0) {
                fail500Remaining--;
                throw BotApiError.internalServerError();
            }
        } finally {
            lock.unlock();
        }
    }

    private ObjectNode ok(JsonNode result) {
        ObjectNode answer = json.createObjectNode().put("ok", true);
        answer.set("result", result);
        return answer;
    }

    private HttpAnswer errorAnswer(BotApiError error) {
        ObjectNode body = json.createObjectNode()
                .put("ok", false)
                .put("error_code", error.errorCode())
                .put("description", error.description());
        if (error.retryAfterSeconds() > 0) {
            body.putObject("parameters").put("retry_after", error.retryAfterSeconds());
        }
        return new HttpAnswer(error.errorCode(), body);
    }

    // ---- updates ----

    private long userMessage(long chatId, long userId, String firstName, Consumer<ObjectNode> content) {
        Objects.requireNonNull(firstName, "firstName");
        lock.lock();
        try {
            userNames.put(userId, firstName);
            ObjectNode message = TelegramObjects.userMessage(chat(chatId).nextMessageId(),
                    TelegramObjects.user(userId, firstName), chatJson(chatId), clock.instant().getEpochSecond());
            content.accept(message);
            return enqueue(chatId, "message", message);
        } finally {
            lock.unlock();
        }
    }

    private long enqueue(long chatId, String kind, ObjectNode payload) {
        if (closed) {
            throw new IllegalStateException("the Bot API stand-in is closed");
        }
        long updateId = nextUpdateId++;
        ObjectNode update = json.createObjectNode().put("update_id", updateId);
        update.set(kind, payload);
        unconfirmedUpdates.put(updateId, update);
        updateHistory.put(updateId, new UpdateRecord(chatId, revision, update));
        updatesArrived.signalAll();
        return updateId;
    }

    private JsonNode getUpdates(ObjectNode params) {
        long offset = number(params, "offset", 0);
        int limit = (int) Math.max(1, Math.min(MAX_UPDATES_PER_CALL, number(params, "limit", MAX_UPDATES_PER_CALL)));
        long timeoutNanos = TimeUnit.SECONDS.toNanos(Math.max(0, number(params, "timeout", 0)));
        long deadline = System.nanoTime() + timeoutNanos;
        List<ObjectNode> batch;
        lock.lock();
        try {
            if (offset > 0) {
                unconfirmedUpdates.headMap(offset).clear();
                lastAcknowledgedOffset = Math.max(lastAcknowledgedOffset, offset);
            }
            batch = takeUpdates(offset, limit);
            long remaining = deadline - System.nanoTime();
            while (batch.isEmpty() && !closed && remaining > 0) {
                remaining = updatesArrived.awaitNanos(remaining);
                batch = takeUpdates(offset, limit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            batch = List.of();
        } finally {
            lock.unlock();
        }
        ArrayNode result = json.createArrayNode();
        batch.forEach(result::add);
        if (!batch.isEmpty()) {
            long now = System.nanoTime();
            lock.lock();
            try {
                for (ObjectNode update : batch) {
                    handedOutAt.putIfAbsent(update.get("update_id").asLong(), now);
                }
            } finally {
                lock.unlock();
            }
        }
        return result;
    }

    private List<ObjectNode> takeUpdates(long offset, int limit) {
        TreeMap<Long, ObjectNode> batch = new TreeMap<>();
        while (!redeliveries.isEmpty() && batch.size() < limit) {
            ObjectNode update = redeliveries.removeFirst();
            batch.put(update.get("update_id").asLong(), update);
        }
        for (ObjectNode update : unconfirmedUpdates.tailMap(Math.max(offset, 0)).values()) {
            if (batch.size() >= limit) {
                break;
            }
            batch.putIfAbsent(update.get("update_id").asLong(), update);
        }
        return new ArrayList<>(batch.values());
    }

    // ---- what the bot sends ----

    private JsonNode sendMessage(ObjectNode params) {
        long chatId = chatId(params);
        String text = text(params, "text", null);
        if (text == null || text.isBlank()) {
            throw BotApiError.badRequest("message text is empty");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw BotApiError.badRequest("message is too long");
        }
        JsonNode markup = replyMarkup(params);
        return recordSent(chatId, "sendMessage", text, markup, null, null);
    }

    private JsonNode sendFile(ObjectNode params, Map<String, MultipartForm.Part> files, String field, String method) {
        long chatId = chatId(params);
        String caption = text(params, "caption", null);
        if (caption != null && caption.length() > MAX_CAPTION_LENGTH) {
            throw BotApiError.badRequest("message caption is too long");
        }
        JsonNode markup = replyMarkup(params);
        MultipartForm.Part upload = files.get(field);
        String reference = text(params, field, null);
        if (upload == null && reference != null && reference.startsWith("attach://")) {
            upload = files.get(reference.substring("attach://".length()));
        }
        if (upload == null && (reference == null || reference.isBlank() || reference.startsWith("attach://"))) {
            throw BotApiError.badRequest("there is no " + field + " in the request");
        }
        // a file id or URL instead of an upload: nothing to keep but the reference
        MultipartForm.Part file = upload != null ? upload : new MultipartForm.Part(field, null, new byte[0]);
        return recordSent(chatId, method, caption, markup, file.fileName(), file.content());
    }

    private JsonNode recordSent(long chatId, String method, String text, JsonNode markup, String fileName, byte[] bytes) {
        SentMessage sent;
        ObjectNode result;
        lock.lock();
        try {
            if (usersWhoBlockedTheBot.contains(chatId)) {
                throw BotApiError.forbidden("bot was blocked by the user");
            }
            if (enforceLimits) {
                long retryAfter = limits.admit(chatId, System.nanoTime());
                if (retryAfter > 0) {
                    limitViolations++;
                    throw BotApiError.tooManyRequests(retryAfter);
                }
            }
            ChatLog chat = chat(chatId);
            String fileId = bytes == null ? null : "file-" + nextFileId++;
            sent = new SentMessage(chatId, chat.nextMessageId(), method, text, markup, fileName, bytes, fileId,
                    0, clock.instant(), null, ++revision);
            store(sent);
            result = objects.botMessage(sent, chatJson(chatId));
        } finally {
            lock.unlock();
        }
        notifyListeners(sent);
        return result;
    }

    private JsonNode editMessage(ObjectNode params, boolean textToo) {
        if (params.hasNonNull("inline_message_id")) {
            throw BotApiError.badRequest("the stand-in does not serve inline messages");
        }
        long chatId = chatId(params);
        long messageId = number(params, "message_id", -1);
        String newText = textToo ? text(params, "text", null) : null;
        if (textToo && (newText == null || newText.isBlank())) {
            throw BotApiError.badRequest("message text is empty");
        }
        if (newText != null && newText.length() > MAX_TEXT_LENGTH) {
            throw BotApiError.badRequest("message is too long");
        }
        // as on Telegram, an edit without reply_markup removes the inline keyboard
        JsonNode markup = replyMarkup(params);
        if (markup != null && !markup.has("inline_keyboard")) {
            throw BotApiError.badRequest("inline keyboard expected");
        }
        SentMessage edited;
        ObjectNode result;
        lock.lock();
        try {
            ChatLog chat = chats.get(chatId);
            SentMessage current = chat == null ? null : chat.botMessages.get(messageId);
            if (current == null) {
                throw BotApiError.badRequest("message to edit not found");
            }
            if (textToo && !current.method().equals("sendMessage")) {
                throw BotApiError.badRequest("there is no text in the message to edit");
            }
            String text = textToo ? newText : current.text();
            if (Objects.equals(text, current.text()) && Objects.equals(markup, current.replyMarkup())) {
                throw BotApiError.badRequest(NOT_MODIFIED);
            }
            edited = current.edited(text, markup, clock.instant(), ++revision);
            store(edited);
            result = objects.botMessage(edited, chatJson(chatId));
        } finally {
            lock.unlock();
        }
        notifyListeners(edited);
        return result;
    }

    private JsonNode answerCallbackQuery(ObjectNode params) {
        String queryId = text(params, "callback_query_id", "");
        String text = text(params, "text", null);
        if (text != null && text.length() > 200) {
            throw BotApiError.badRequest("MESSAGE_TOO_LONG");
        }
        lock.lock();
        try {
            PendingCallback pending = unansweredCallbacks.remove(queryId);
            if (pending == null) {
                throw BotApiError.badRequest(INVALID_QUERY);
            }
            callbackAnswers.add(new CallbackAnswer(queryId, pending.userId(), pending.data(), text,
                    params.path("show_alert").asBoolean(false), clock.instant()));
            botActed.signalAll();
        } finally {
            lock.unlock();
        }
        return json.getNodeFactory().booleanNode(true);
    }

    private void store(SentMessage sent) {
        chat(sent.chatId()).botMessages.put(sent.messageId(), sent);
        allSent.put(new MessageKey(sent.chatId(), sent.messageId()), sent);
        botActed.signalAll();
    }

    private void notifyListeners(SentMessage sent) {
        for (Consumer<SentMessage> listener : listeners) {
            try {
                listener.accept(sent);
            } catch (RuntimeException e) {
                // a broken listener must not break the bot's call
            }
        }
    }

    private SentMessage awaitBotAction(long chatId, long afterRevision, Predicate<SentMessage> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                ChatLog chat = chats.get(chatId);
                List<SentMessage> messages = chat == null ? List.of() : new ArrayList<>(chat.botMessages.values());
                SentMessage latest = null;
                for (SentMessage message : messages) {
                    if (message.revision() > afterRevision && match.test(message)
                            && (latest == null || message.revision() > latest.revision())) {
                        latest = message;
                    }
                }
                if (latest != null) {
                    return latest;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0 || closed) {
                    throw new AssertionError("no matching message from the bot in chat " + chatId + " within "
                            + timeout + "; the bot sent there: " + messages);
                }
                botActed.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a message in chat " + chatId, e);
        } finally {
            lock.unlock();
        }
    }

    // ---- commands, webhook, chats ----

    private JsonNode setMyCommands(ObjectNode params) {
        JsonNode commands = params.get("commands");
        if (commands == null || !commands.isArray() || commands.size() > 100) {
            throw BotApiError.badRequest("commands must be an array of at most 100 commands");
        }
        for (JsonNode command : commands) {
            String description = command.path("description").asText("");
            if (!COMMAND.matcher(command.path("command").asText("")).matches()) {
                throw BotApiError.badRequest("BOT_COMMAND_INVALID");
            }
            if (description.isEmpty() || description.length() > 256) {
                throw BotApiError.badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("commands", json.convertValue(commands, new TypeReference<List<Map<String, Object>>>() { }));
        entry.put("language_code", text(params, "language_code", ""));
        entry.put("scope", json.convertValue(scope(params), new TypeReference<Map<String, Object>>() { }));
        lock.lock();
        try {
            commandsByScopeAndLanguage.put(commandsKey(params), Collections.unmodifiableMap(entry));
        } finally {
            lock.unlock();
        }
        return json.getNodeFactory().booleanNode(true);
    }

    private JsonNode getMyCommands(ObjectNode params) {
        lock.lock();
        try {
            Map<String, Object> entry = commandsByScopeAndLanguage.get(commandsKey(params));
            return entry == null ? json.createArrayNode() : json.valueToTree(entry.get("commands"));
        } finally {
            lock.unlock();
        }
    }

    private JsonNode deleteMyCommands(ObjectNode params) {
        lock.lock();
        try {
            commandsByScopeAndLanguage.remove(commandsKey(params));
        } finally {
            lock.unlock();
        }
        return json.getNodeFactory().booleanNode(true);
    }

    private String commandsKey(ObjectNode params) {
        return scope(params) + "|" + text(params, "language_code", "");
    }

    private JsonNode scope(ObjectNode params) {
        JsonNode scope = params.get("scope");
        return scope == null || scope.isNull() ? json.createObjectNode().put("type", "default") : scope;
    }

    private JsonNode setWebhook(String url) {
        lock.lock();
        try {
            webhookUrl = url;
        } finally {
            lock.unlock();
        }
        return json.getNodeFactory().booleanNode(true);
    }

    private JsonNode deleteWebhook(boolean dropPendingUpdates) {
        lock.lock();
        try {
            webhookUrl = "";
            if (dropPendingUpdates) {
                unconfirmedUpdates.clear();
            }
        } finally {
            lock.unlock();
        }
        return json.getNodeFactory().booleanNode(true);
    }

    private JsonNode webhookInfo() {
        lock.lock();
        try {
            return json.createObjectNode()
                    .put("url", webhookUrl)
                    .put("has_custom_certificate", false)
                    .put("pending_update_count", unconfirmedUpdates.size());
        } finally {
            lock.unlock();
        }
    }

    private JsonNode getChat(ObjectNode params) {
        long chatId = chatId(params);
        lock.lock();
        try {
            if (!chats.containsKey(chatId) && !userNames.containsKey(chatId) && !groupTitles.containsKey(chatId)) {
                throw BotApiError.badRequest("chat not found");
            }
            return chatJson(chatId).put("accent_color_id", 0).put("max_reaction_count", 11);
        } finally {
            lock.unlock();
        }
    }

    // ---- helpers (callers hold the lock where state is read) ----

    private ChatLog chat(long chatId) {
        return chats.computeIfAbsent(chatId, id -> new ChatLog());
    }

    private ObjectNode chatJson(long chatId) {
        String name = chatId > 0 ? userName(chatId) : groupTitles.getOrDefault(chatId, "Group " + (-chatId));
        return TelegramObjects.chat(chatId, name);
    }

    private String userName(long userId) {
        return userNames.getOrDefault(userId, "User " + userId);
    }

    private static JsonNode replyMarkup(ObjectNode params) {
        JsonNode markup = params.get("reply_markup");
        if (markup == null || markup.isNull()) {
            return null;
        }
        if (!markup.isObject()) {
            throw BotApiError.badRequest("can't parse reply keyboard markup JSON object");
        }
        for (JsonNode row : markup.path("inline_keyboard")) {
            for (JsonNode button : row) {
                JsonNode data = button.get("callback_data");
                if (data != null) {
                    int bytes = data.asText().getBytes(StandardCharsets.UTF_8).length;
                    if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) {
                        throw BotApiError.badRequest("BUTTON_DATA_INVALID");
                    }
                }
            }
        }
        return markup;
    }

    private static long chatId(ObjectNode params) {
        JsonNode chatId = params.get("chat_id");
        if (chatId == null || chatId.isNull() || chatId.asText().isBlank()) {
            throw BotApiError.badRequest("chat_id is empty");
        }
        if (chatId.isIntegralNumber()) {
            return chatId.asLong();
        }
        try {
            return Long.parseLong(chatId.asText().trim());
        } catch (NumberFormatException e) {
            throw BotApiError.badRequest("chat not found");
        }
    }

    private static long number(ObjectNode params, String field, long absent) {
        JsonNode value = params.get(field);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (value.isNumber()) {
            return value.asLong();
        }
        try {
            return Long.parseLong(value.asText().trim());
        } catch (NumberFormatException e) {
            throw BotApiError.badRequest("field \"" + field + "\" must be a number");
        }
    }

    private static String text(ObjectNode params, String field, String absent) {
        JsonNode value = params.get(field);
        return value == null || value.isNull() ? absent : value.asText();
    }

    private static long botIdOf(String token) {
        int colon = token.indexOf(':');
        try {
            return colon > 0 ? Long.parseLong(token.substring(0, colon)) : DEFAULT_BOT_ID;
        } catch (NumberFormatException e) {
            return DEFAULT_BOT_ID;
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "bot-api-stand-in-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
