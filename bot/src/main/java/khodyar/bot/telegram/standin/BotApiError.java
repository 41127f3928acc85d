package khodyar.bot.telegram.standin;

/**
 * A Bot API error answer ({"ok":false,...}) raised while serving a request; the HTTP status equals
 * the error code, as Telegram does.
 */
final class BotApiError extends RuntimeException {
    private final int errorCode;
    private final long retryAfterSeconds;

    private BotApiError(int errorCode, String description, long retryAfterSeconds) {
        super(description, null, false, false);
        this.errorCode = errorCode;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static BotApiError badRequest(String reason) {
        return new BotApiError(400, "Bad Request: " + reason, 0);
    }

    static BotApiError unauthorized() {
        return new BotApiError(401, "Unauthorized", 0);
    }

    static BotApiError forbidden(String reason) {
        return new BotApiError(403, "Forbidden: " + reason, 0);
    }

    static BotApiError notFound() {
        return new BotApiError(404, "Not Found", 0);
    }

    static BotApiError tooManyRequests(long retryAfterSeconds) {
        long seconds = Math.max(1, retryAfterSeconds);
        return new BotApiError(429, "Too Many Requests: retry after " + seconds, seconds);
    }

    static BotApiError internalServerError() {
        return new BotApiError(500, "Internal Server Error", 0);
    }

    int errorCode() {
        return errorCode;
    }

    String description() {
        return getMessage();
    }

    /** Seconds the caller must wait, or 0 when the error carries no retry_after. */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
