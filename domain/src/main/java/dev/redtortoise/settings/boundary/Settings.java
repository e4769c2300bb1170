package dev.redtortoise.settings.boundary;

import dev.redtortoise.audit.boundary.AuditLog;
import dev.redtortoise.audit.entity.Actor;
import dev.redtortoise.audit.entity.AuditEntry;
import dev.redtortoise.platform.errors.Refusal;
import dev.redtortoise.platform.messaging.Bus;
import dev.redtortoise.platform.messaging.Destination;
import dev.redtortoise.settings.control.CurrentSettings;
import dev.redtortoise.settings.entity.Setting;
import dev.redtortoise.settings.entity.SettingKey;
import dev.redtortoise.settings.entity.SettingValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Reads and changes the settings, for the console and the operations endpoint alike. A change is checked
 * before anything is saved, audited in its own transaction, and announced on the settings topic on commit,
 * so every part reloads its values (a rollback announces nothing).
 */
@ApplicationScoped
@Transactional
public class Settings {

    public static final String CHANGE = "setting.change";
    public static final String RESET = "setting.reset";
    static final String CHANGED = "settings-changed";
    private static final String SUBJECT_PREFIX = "setting:";
    private static final Logger LOG = Logger.getLogger(Settings.class.getName());

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    @Inject
    CurrentSettings current;

    @Inject
    AuditLog audit;

    @Inject
    Bus bus;

    Clock clock = Clock.systemUTC();

    /** Every setting as stored now (not this part's copy in memory), in the order they are declared. */
    public List<SettingValue> all() {
        Map<String, String> console = current.consoleValues();
        return Arrays.stream(SettingKey.values()).map(setting -> resolved(setting, console.get(setting.key))).toList();
    }

    public SettingValue get(String key) {
        return stored(setting(key));
    }

    /** Sets the console value; a text that does not pass the setting's checks is refused and nothing is saved. */
    public SettingValue change(Actor actor, String key, String text) {
        SettingKey setting = setting(key);
        try {
            setting.parse(text);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("value " + e.getMessage());
        }
        SettingValue before = stored(setting);
        SettingValue after = store(actor, setting, setting.type.canonical(text));
        audit.record(actor, CHANGE, setting.subject(), before.json().toString(), after.json().toString(), null);
        return after;
    }

    /** Removes the console value: the environment value or the default applies again. */
    public SettingValue reset(Actor actor, String key) {
        SettingKey setting = setting(key);
        SettingValue before = stored(setting);
        if (before.console().isEmpty()) {
            return before;
        }
        SettingValue after = store(actor, setting, null);
        audit.record(actor, RESET, setting.subject(), before.json().toString(), after.json().toString(), null);
        return after;
    }

    /** Whether the entry is a settings change that {@link #revert} can undo. */
    public static boolean reverts(AuditEntry entry) {
        return entry.subject().startsWith(SUBJECT_PREFIX) && entry.before().isPresent() && entry.after().isPresent()
                && SettingKey.of(entry.subject().substring(SUBJECT_PREFIX.length())).isPresent();
    }

    /**
     * Puts the setting back as it was before the entry, unless it changed again since (then the entry's
     * "after" is no longer what is in effect, and undoing it would also undo the later change).
     */
    public SettingValue revert(Actor actor, long entryId) {
        AuditEntry entry = audit.get(entryId);
        if (!reverts(entry)) {
            throw Refusal.invalid("entry " + entryId + " is not a settings change that can be reverted");
        }
        SettingKey setting = setting(entry.subject().substring(SUBJECT_PREFIX.length()));
        SettingValue now = stored(setting);
        if (!Objects.equals(now.console().orElse(null), consoleValue(entry.after().get()))) {
            throw Refusal.invalid(setting.key + " changed again since entry " + entryId + ": revert the later change first");
        }
        SettingValue reverted = store(actor, setting, consoleValue(entry.before().get()));
        audit.recordRevert(actor, entry, now.json().toString(), reverted.json().toString());
        return reverted;
    }

    private SettingValue store(Actor actor, SettingKey setting, String console) {
        Setting row = em.find(Setting.class, setting.key);
        if (console == null && row != null) {
            em.remove(row);
        } else if (row != null) {
            row.change(console, actor.name(), Instant.now(clock));
        } else if (console != null) {
            em.persist(new Setting(setting, console, actor.name(), Instant.now(clock)));
        }
        bus.publish(Destination.SETTINGS_CHANGES, CHANGED, Json.createObjectBuilder().add("key", setting.key).build());
        LOG.info(() -> "setting " + setting.key + " set to " + (console == null ? "its environment value or default" : console)
                + " by " + actor);
        return resolved(setting, console);
    }

    private SettingValue stored(SettingKey setting) {
        Setting row = em.find(Setting.class, setting.key);
        return resolved(setting, row == null ? null : row.value());
    }

    private static SettingValue resolved(SettingKey setting, String console) {
        return SettingValue.resolve(setting, console, CurrentSettings.environment(setting));
    }

    private static String consoleValue(String stateJson) {
        try (var reader = Json.createReader(new StringReader(stateJson))) {
            JsonObject state = reader.readObject();
            return SettingValue.Source.CONSOLE.label().equals(state.getString("source", null))
                    ? state.getString("value", null) : null;
        }
    }

    private static SettingKey setting(String key) {
        return SettingKey.of(key).orElseThrow(() -> Refusal.notFound("no setting '" + key + "'"));
    }
}
