package dev.redtortoise.settings.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every setting staff may change at run time: its key, what it means, its type and bounds, its default, and
 * the MicroProfile Config key (and so the environment variable) it was read from before it could be changed
 * in the console. Bounds are seconds for durations, the value itself for numbers.
 */
public enum SettingKey {

    LOGIN_MAX_FAILURES("login.max-failures", "Failed sign-ins allowed per e-mail address within the window",
            SettingType.INTEGER, "5", "rt.login.max-failures", 1, 1000),
    LOGIN_WINDOW("login.window", "Sign-in throttle window (failures counted and sign-ins refused for this long)",
            SettingType.DURATION, "PT15M", "rt.login.window", 60, 86_400),
    WRITE_LIMIT("api.write-limit", "API writes (POST, PUT, DELETE) allowed per client address within the window; 0 turns the limit off",
            SettingType.INTEGER, "120", "rt.api.write-limit", 0, 1_000_000),
    WRITE_WINDOW("api.write-window", "API write limit window (writes counted, and refused with 429 past the limit, for this long)",
            SettingType.DURATION, "PT1M", "rt.api.write-window", 1, 3600),
    CACHE_TTL("cache.ttl-ms", "Lifetime of cached article and tag reads in the API (milliseconds)",
            SettingType.INTEGER, "10000", "rt.cache.ttl-ms", 0, 3_600_000),
    CORS_ORIGINS("cors.origins", "Origins whose pages may call the customer API (CORS)",
            SettingType.ORIGINS, "http://localhost:8080", "rt.cors.origins", 0, 0),
    DEFAULT_REJECT_PERCENT("feeds.default-reject-percent", "Rejects tolerated per import run, proposed for new feed sources (%)",
            SettingType.PERCENT, "10", "rt.feeds.default-reject-percent", 0, 100),
    PURGE_RETENTION("purge.retention", "How long the purge job keeps reject records and import run details",
            SettingType.DURATION, "P30D", "rt.purge.retention", 3600, 3650L * 86_400),
    PURGE_DELETED_RETENTION("purge.deleted-retention", "How long deleted articles stay in the trash before the purge job removes them",
            SettingType.DURATION, "P30D", "rt.purge.deleted-retention", 3600, 3650L * 86_400);

    public final String key;
    public final String description;
    public final SettingType type;
    public final String defaultText;
    public final String configKey;
    private final long min;
    private final long max;

    SettingKey(String key, String description, SettingType type, String defaultText, String configKey, long min, long max) {
        this.key = key;
        this.description = description;
        this.type = type;
        this.defaultText = defaultText;
        this.configKey = configKey;
        this.min = min;
        this.max = max;
    }

    public static Optional<SettingKey> of(String key) {
        return Arrays.stream(values()).filter(setting -> setting.key.equals(key)).findFirst();
    }

    /** The typed value of the text; throws {@link IllegalArgumentException} saying what is expected. */
    public Object parse(String text) {
        return type.parse(text, min, max);
    }

    /** The environment variable MicroProfile Config maps to the config key (rt.cache.ttl-ms: RT_CACHE_TTL_MS). */
    public String environmentVariable() {
        return configKey.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The subject of this setting's audit entries. */
    public String subject() {
        return "setting:" + key;
    }
}
