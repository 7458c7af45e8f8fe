package vn.baocao.channel;

/** A bot cannot start: the token is refused, the Bot API server cannot be reached. Never quotes the token. */
public final class BotException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BotException(String message, Throwable cause) {
        super(message, cause);
    }
}
