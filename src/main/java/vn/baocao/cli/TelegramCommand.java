package vn.baocao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.baocao.channel.RedactedLog;
import vn.baocao.channel.Tuning;
import vn.baocao.channel.WebhookOptions;
import vn.baocao.channel.telegram.TelegramBot;
import vn.baocao.config.SettingValues;
import vn.baocao.config.TelegramSettings;

/**
 * {@code baocao telegram [--index DIR] [--webhook URL [--listen HOST:PORT]]}: runs the Telegram bot
 * until SIGTERM or Ctrl-C, with long polling, or on a webhook behind a reverse proxy. The settings are
 * read first, so a missing token fails before anything is opened. When the index is empty the bundled
 * sample reports are ingested first, as for the console chat.
 */
@Command(name = "telegram", mixinStandardHelpOptions = true,
        description = "Run the Telegram bot (token in TELEGRAM_BOT_TOKEN) until stopped.")
final class TelegramCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    /** The webhook's default port: Telegram's and Zalo's differ, so both bots can run side by side. */
    static final int WEBHOOK_PORT = 8081;

    @Mixin
    WebhookOption webhook;

    @Override
    public Integer call() {
        WebhookOptions hook = webhook.options(WEBHOOK_PORT);
        Path workingDir = Path.of("").toAbsolutePath();
        TelegramSettings settings = TelegramSettings.from(SettingValues.load(System.getenv(), workingDir), workingDir);
        RedactedLog.install(settings.token()); // whatever a library logs, the token never reaches the log
        try (ShutdownSignal signal = ShutdownSignal.install()) {
            return run(settings, index.dir(), hook, Tuning.PRODUCTION, signal.stop());
        }
    }

    /**
     * Runs the bot over the index at {@code indexDir} until {@code stop} is released; returns the exit
     * code. The bot and the index are closed before it returns.
     *
     * @param hook null for long polling
     */
    static int run(TelegramSettings settings, Path indexDir, WebhookOptions hook, Tuning tuning, CountDownLatch stop) {
        try (App app = App.openWithSamples(indexDir);
             TelegramBot bot = TelegramBot.start(settings, app.chat(), app.library(),
                     app.uploads(settings.uploadsDir(), settings.maxUploadBytes()), tuning, hook,
                     app.deliveryJournal())) {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
