package vn.baocao.config;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The settings of the Zalo bot, read from {@link SettingValues}. A missing or malformed value fails with a
 * {@link SettingsException} naming the key; the bot token never appears in a message or in {@link
 * #toString()}. The allowlist and the admins are the keys Telegram reads, with the same meaning; Zalo's ids
 * are strings ("e4ea2cd5189df1c3a88c"), so they are kept as written.
 *
 * @param token        the bot's token from Zalo Bot Creator ({@code ZALO_BOT_TOKEN}, required, {@code <bot id>:<key>})
 * @param apiUrl       the Bot API server, without a trailing slash ({@code ZALO_API_URL}, default the public one):
 *                     tests point it at a local server
 * @param allowedChats the chats the bot serves ({@code BAOCAO_ALLOWED_CHATS}; empty = everyone)
 * @param admins       the users who may see statistics ({@code BAOCAO_ADMINS}); an admin's private chat is allowed
 */
public record ZaloSettings(String token, URI apiUrl, Set<String> allowedChats, Set<String> admins) {
    static final String TOKEN = "ZALO_BOT_TOKEN";
    static final String API_URL = "ZALO_API_URL";
    /** The public Zalo Bot API server. */
    public static final URI PUBLIC_API = URI.create("https://bot-api.zaloplatforms.com");
    // "<digits>:<key>": a pasted token with a space or a slash fails here rather than as a 404 later.
    private static final Pattern TOKEN_SHAPE = Pattern.compile("\\d+:[^\\s/]+");

    public ZaloSettings {
        allowedChats = Set.copyOf(allowedChats);
        admins = Set.copyOf(admins);
    }

    /** The Zalo settings in {@code values}. */
    public static ZaloSettings from(SettingValues values) {
        return new ZaloSettings(token(values), apiUrl(values), ids(values, TelegramSettings.ALLOWED_CHATS),
                ids(values, TelegramSettings.ADMINS));
    }

    /** Everything but the token. */
    @Override
    public String toString() {
        return "ZaloSettings[token=(hidden), apiUrl=" + apiUrl + ", allowedChats=" + allowedChats + ", admins="
                + admins + "]";
    }

    private static String token(SettingValues values) {
        return values.secret(TOKEN, TOKEN_SHAPE, "create a bot with Zalo Bot Creator (https://zalo.me/s/botcreator/) "
                + "and put its token in the environment, e.g. " + TOKEN + "=1234567890:abc... baocao zalo",
                "a Zalo bot token (the bot id, a colon, then the key, without spaces); copy it again from Zalo Bot "
                        + "Creator");
    }

    private static URI apiUrl(SettingValues values) {
        return URI.create(values.httpUrl(API_URL, PUBLIC_API, "http(s)://host[:port][/path]").toString()
                .replaceAll("/+$", ""));
    }

    /** The ids listed under {@code key}, as written: Zalo's are not numbers. */
    private static Set<String> ids(SettingValues values, String key) {
        return new LinkedHashSet<>(values.list(key));
    }
}
