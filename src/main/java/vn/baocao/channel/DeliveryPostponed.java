package vn.baocao.channel;

/**
 * A message could not be delivered now — the messenger stayed unreachable through every retry, or the bot
 * is stopping — so the update it answers stays owed in the journal, to be answered again later. Thrown
 * out of a handler; never a refusal by the messenger, which settles the message for good.
 */
public final class DeliveryPostponed extends RuntimeException {
    public DeliveryPostponed(String message) {
        super(message);
    }
}
