package dev.redtortoise.settings.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A setting's value in effect and where it comes from. The console value wins over the environment
 * (MicroProfile Config), which wins over the default; a value that no longer passes the checks is skipped
 * (logged), so a bad environment variable cannot stop a part from starting.
 */
public record SettingValue(SettingKey setting, String text, Object value, Source source, Optional<String> environment) {

    public enum Source {
        DEFAULT, ENVIRONMENT, CONSOLE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Logger LOG = Logger.getLogger(SettingValue.class.getName());

    /** The value in effect, from the console text and the environment text (either may be absent). */
    public static SettingValue resolve(SettingKey setting, String console, String environment) {
        Optional<String> fromEnvironment = Optional.ofNullable(environment);
        if (console != null) {
            Optional<Object> value = valid(setting, console, Source.CONSOLE);
            if (value.isPresent()) {
                return new SettingValue(setting, setting.type.canonical(console), value.get(), Source.CONSOLE, fromEnvironment);
            }
        }
        if (environment != null) {
            Optional<Object> value = valid(setting, environment, Source.ENVIRONMENT);
            if (value.isPresent()) {
                return new SettingValue(setting, setting.type.canonical(environment), value.get(), Source.ENVIRONMENT,
                        fromEnvironment);
            }
        }
        return new SettingValue(setting, setting.defaultText, setting.parse(setting.defaultText), Source.DEFAULT,
                fromEnvironment);
    }

    /** The console value, when this one is. */
    public Optional<String> console() {
        return source == Source.CONSOLE ? Optional.of(text) : Optional.empty();
    }

    /** What the audit log keeps of it. */
    public JsonObject json() {
        return Json.createObjectBuilder().add("key", setting.key).add("value", text).add("source", source.label()).build();
    }

    private static Optional<Object> valid(SettingKey setting, String text, Source source) {
        try {
            return Optional.of(setting.parse(text));
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "setting " + setting.key + ": the " + source.label() + " value '" + text + "' is skipped: "
                    + e.getMessage());
            return Optional.empty();
        }
    }
}
