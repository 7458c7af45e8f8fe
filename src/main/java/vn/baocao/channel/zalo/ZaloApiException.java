package vn.baocao.channel.zalo;

/**
 * The Zalo Bot API answered a call with an error: {@code {"ok":false,"error_code":…,"description":…}}, or
 * something that is not its envelope (a proxy's error page). The message names the method, never the URL,
 * which holds the token.
 */
final class ZaloApiException extends Exception {
    private static final long serialVersionUID = 1L;
    /** Zalo's answer to a long poll during which no message arrived. */
    static final int NO_UPDATE = 408;
    private static final int TOO_MANY_REQUESTS = 429;

    private final int status;
    private final int errorCode;

    /**
     * @param status    the HTTP status
     * @param errorCode the envelope's {@code error_code}, or 0 when the answer was not the Bot API's
     */
    ZaloApiException(String method, int status, int errorCode, String description) {
        super(method + " failed: HTTP " + status + (errorCode == 0 ? "" : ", error " + errorCode)
                + (description == null || description.isBlank() ? "" : ": " + description));
        this.status = status;
        this.errorCode = errorCode;
    }

    /** The envelope's error code, or the HTTP status when there was no envelope. */
    int code() {
        return errorCode != 0 ? errorCode : status;
    }

    /** True for a long poll that ended without an update: not an error. */
    boolean noUpdate() {
        return code() == NO_UPDATE;
    }

    /** True when Zalo asks the bot to slow down. */
    boolean tooManyRequests() {
        return code() == TOO_MANY_REQUESTS;
    }

    /** True when trying again may succeed: 429, or a 5xx (from the Bot API or a proxy in front of it). */
    boolean retryable() {
        return tooManyRequests() || code() >= 500;
    }
}
