package dev.redtortoise.settings.control;

import dev.redtortoise.platform.schema.SchemaMigrations;
import dev.redtortoise.settings.entity.Setting;
import dev.redtortoise.settings.entity.SettingKey;
import dev.redtortoise.settings.entity.SettingValue;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * This part's settings in effect, held in memory: read at start and again whenever a change is announced on
 * the settings topic, never per request. Until the first read succeeds (the database not reachable yet),
 * each use tries again and meanwhile gets the environment value or the default.
 */
@ApplicationScoped
public class CurrentSettings {

    private static final Logger LOG = Logger.getLogger(CurrentSettings.class.getName());

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    private volatile Map<SettingKey, SettingValue> values;

    void started(@Observes @Priority(SchemaMigrations.PRIORITY + 100) @Initialized(ApplicationScoped.class) Object started) {
        tryReload();
    }

    public SettingValue get(SettingKey setting) {
        return loaded().get(setting);
    }

    public Duration duration(SettingKey setting) {
        return (Duration) get(setting).value();
    }

    public int integer(SettingKey setting) {
        return (Integer) get(setting).value();
    }

    @SuppressWarnings("unchecked")
    public List<String> list(SettingKey setting) {
        return (List<String>) get(setting).value();
    }

    /** Reads the console values again (a change was announced); throws if it cannot, the values in effect stay. */
    public void reload() {
        values = resolve(consoleValues());
        LOG.info(() -> "settings reloaded: " + values.values().stream()
                .map(value -> value.setting().key + "=" + value.text() + " (" + value.source().label() + ")")
                .collect(Collectors.joining(", ")));
    }

    /** Every setting resolved from these console values and this part's configuration. */
    public static Map<SettingKey, SettingValue> resolve(Map<String, String> console) {
        Map<SettingKey, SettingValue> resolved = new EnumMap<>(SettingKey.class);
        for (SettingKey setting : SettingKey.values()) {
            resolved.put(setting, SettingValue.resolve(setting, console.get(setting.key), environment(setting)));
        }
        return Collections.unmodifiableMap(resolved);
    }

    /** The console values stored now, by key. */
    public Map<String, String> consoleValues() {
        return em.createNamedQuery(Setting.ALL, Setting.class).getResultStream()
                .collect(Collectors.toMap(Setting::key, Setting::value));
    }

    private Map<SettingKey, SettingValue> loaded() {
        Map<SettingKey, SettingValue> current = values;
        if (current != null) {
            return current;
        }
        return tryReload() ? values : resolve(Map.of());
    }

    private boolean tryReload() {
        try {
            reload();
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "settings not read (the environment values or defaults apply meanwhile): " + e);
            return false;
        }
    }

    /** The setting's value in this part's configuration (environment, system property, config file), if any. */
    public static String environment(SettingKey setting) {
        return ConfigProvider.getConfig().getOptionalValue(setting.configKey, String.class).orElse(null);
    }
}
