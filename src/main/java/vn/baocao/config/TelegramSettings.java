package vn.baocao.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The settings of the Telegram bot, read from {@link SettingValues}. A missing or malformed value fails
 * with a {@link SettingsException} naming the key; the bot token never appears in a message or in
 * {@link #toString()}.
 *
 * @param token          the bot's token from @BotFather ({@code TELEGRAM_BOT_TOKEN}, required)
 * @param apiUrl         the Bot API server, scheme, host and port only ({@code TELEGRAM_API_URL}, default the
 *                       public one): tests and self-hosted Bot API servers point it elsewhere
 * @param allowedChats   the chats the bot serves ({@code BAOCAO_ALLOWED_CHATS}, chat ids; empty = everyone)
 * @param admins         the users who may upload reports and see statistics ({@code BAOCAO_ADMINS}, user ids)
 * @param maxUploadBytes the largest document an admin may upload ({@code BAOCAO_MAX_UPLOAD_MB}, default 20,
 *                       which is also the most the Bot API lets a bot download)
 * @param uploadsDir     where uploaded documents are kept, so they can be ingested again after the index is
 *                       rebuilt ({@code BAOCAO_UPLOADS}, default {@code uploads/})
 */
public record TelegramSettings(String token, URI apiUrl, Set<Long> allowedChats, Set<Long> admins,
                               long maxUploadBytes, Path uploadsDir) {
    static final String TOKEN = "TELEGRAM_BOT_TOKEN";
    static final String API_URL = "TELEGRAM_API_URL";
    static final String ALLOWED_CHATS = "BAOCAO_ALLOWED_CHATS";
    static final String ADMINS = "BAOCAO_ADMINS";
    static final String MAX_UPLOAD_MB = "BAOCAO_MAX_UPLOAD_MB";
    static final String UPLOADS = "BAOCAO_UPLOADS";
    /** The public Bot API server. */
    public static final URI PUBLIC_API = URI.create("https://api.telegram.org");
    private static final int DEFAULT_MAX_UPLOAD_MB = 20;
    // "123456789:AA..." — checked so that a pasted token with a space or a slash fails here, not as a 404.
    private static final Pattern TOKEN_SHAPE = Pattern.compile("\\d+:[A-Za-z0-9_-]+");

    public TelegramSettings {
        allowedChats = Set.copyOf(allowedChats);
        admins = Set.copyOf(admins);
    }

    /** The Telegram settings in {@code values}, with paths defaulting under {@code workingDir}. */
    public static TelegramSettings from(SettingValues values, Path workingDir) {
        return new TelegramSettings(token(values), apiUrl(values), ids(values, ALLOWED_CHATS), ids(values, ADMINS),
                maxUploadBytes(values), values.path(UPLOADS, workingDir.resolve("uploads")));
    }

    /** True when {@code chatId} may talk to the bot: every chat when no allowlist is set, and admins always. */
    public boolean allows(long chatId) {
        return allowedChats.isEmpty() || allowedChats.contains(chatId) || admins.contains(chatId);
    }

    /** Everything but the token. */
    @Override
    public String toString() {
        return "TelegramSettings[token=(hidden), apiUrl=" + apiUrl + ", allowedChats=" + allowedChats + ", admins="
                + admins + ", maxUploadBytes=" + maxUploadBytes + ", uploadsDir=" + uploadsDir + "]";
    }

    private static String token(SettingValues values) {
        return values.secret(TOKEN, TOKEN_SHAPE, "create a bot with @BotFather in Telegram and put its token in the "
                + "environment, e.g. " + TOKEN + "=123456789:AA... baocao telegram",
                "a bot token (digits, a colon, then letters, digits, _ or -); copy it again from @BotFather");
    }

    private static URI apiUrl(SettingValues values) {
        String form = "http(s)://host[:port] with no path";
        URI uri = values.httpUrl(API_URL, PUBLIC_API, form);
        if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
            // TelegramBots builds every URL from scheme, host and port: a path here would be dropped silently.
            throw new SettingsException(API_URL + " must be " + form + ", e.g. " + PUBLIC_API + ", was " + uri);
        }
        return URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost()
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    }

    private static Set<Long> ids(SettingValues values, String key) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String item : values.list(key)) {
            try {
                ids.add(Long.parseLong(item));
            } catch (NumberFormatException e) {
                throw new SettingsException(key + " must list numeric Telegram ids separated by commas "
                        + "(a group's id starts with -), found: " + item, e);
            }
        }
        return ids;
    }

    static long maxUploadBytes(SettingValues values) {
        String raw = values.get(MAX_UPLOAD_MB, String.valueOf(DEFAULT_MAX_UPLOAD_MB));
        try {
            int mb = Integer.parseInt(raw);
            if (mb <= 0) {
                throw new SettingsException(MAX_UPLOAD_MB + " must be a positive number of megabytes: " + raw);
            }
            return mb * 1024L * 1024L;
        } catch (NumberFormatException e) {
            throw new SettingsException(MAX_UPLOAD_MB + " must be a whole number of megabytes: " + raw, e);
        }
    }
}
