package vn.baocao.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The settings of {@code baocao serve}. A malformed value fails with a {@link SettingsException} naming the
 * key; the admin token is read from the environment only (never from {@code baocao.properties}), and never
 * appears in a message or in {@link #toString()}.
 *
 * @param adminToken     the admin's bearer token ({@code BAOCAO_ADMIN_TOKEN}); empty turns the admin off
 * @param corsOrigins    the origins other sites' pages may call the API from ({@code BAOCAO_CORS_ORIGINS},
 *                       comma-separated, e.g. {@code https://portal.example.vn}, or {@code *}); empty = none
 * @param ratePerMinute  the requests to {@code /api/} one client address may make a minute ({@code BAOCAO_SERVE_RATE})
 * @param burst          how many of them may come at once ({@code BAOCAO_SERVE_BURST})
 * @param maxUploadBytes the largest report an admin may upload ({@code BAOCAO_MAX_UPLOAD_MB}, as for Telegram)
 * @param uploadsDir     where uploaded reports are kept ({@code BAOCAO_UPLOADS}, as for Telegram)
 */
public record ServeSettings(Optional<String> adminToken, List<String> corsOrigins, int ratePerMinute, int burst,
                            long maxUploadBytes, Path uploadsDir) {
    static final String ADMIN_TOKEN = "BAOCAO_ADMIN_TOKEN";
    static final String CORS_ORIGINS = "BAOCAO_CORS_ORIGINS";
    static final String RATE = "BAOCAO_SERVE_RATE";
    static final String BURST = "BAOCAO_SERVE_BURST";
    /** At least 16 characters, so a token cannot be guessed by trying; the characters a header carries as they are. */
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9._~+/=-]{16,512}");
    private static final Pattern ORIGIN = Pattern.compile("\\*|https?://[A-Za-z0-9.-]+(:\\d{1,5})?");

    public ServeSettings {
        corsOrigins = List.copyOf(corsOrigins);
    }

    /**
     * The settings in {@code values} (environment and {@code baocao.properties}), with the admin token from
     * {@code env} alone and paths under {@code workingDir}.
     */
    public static ServeSettings from(SettingValues values, Map<String, String> env, Path workingDir) {
        return new ServeSettings(adminToken(env), origins(values), values.integer(RATE, 60, 1, 1_000_000),
                values.integer(BURST, 20, 1, 1_000_000), TelegramSettings.maxUploadBytes(values),
                values.path(TelegramSettings.UPLOADS, workingDir.resolve("uploads")));
    }

    private static Optional<String> adminToken(Map<String, String> env) {
        String token = env.get(ADMIN_TOKEN);
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        if (!TOKEN_SHAPE.matcher(token.strip()).matches()) {
            throw new SettingsException(ADMIN_TOKEN + " must be 16 to 512 letters, digits or ._~+/=- (e.g. the output of "
                    + "`openssl rand -base64 32`)");
        }
        return Optional.of(token.strip());
    }

    private static List<String> origins(SettingValues values) {
        List<String> origins = values.list(CORS_ORIGINS).stream().map(o -> o.replaceAll("/+$", "")).toList();
        for (String origin : origins) {
            if (!ORIGIN.matcher(origin).matches()) {
                throw new SettingsException(CORS_ORIGINS + " must list origins such as https://portal.example.vn "
                        + "(scheme, host, optional port) or *, separated by commas; found: " + origin);
            }
        }
        return origins;
    }

    /** Everything but the token. */
    @Override
    public String toString() {
        return "ServeSettings[admin=" + (adminToken.isPresent() ? "on" : "off") + ", corsOrigins=" + corsOrigins
                + ", ratePerMinute=" + ratePerMinute + ", burst=" + burst + ", maxUploadBytes=" + maxUploadBytes
                + ", uploadsDir=" + uploadsDir + "]";
    }
}
