package dev.redtortoise.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A value staff set for a setting (console or operations endpoint); without one the environment or default applies. */
@Entity
@Table(name = "setting")
@NamedQuery(name = Setting.ALL, query = "SELECT s FROM Setting s")
public class Setting {

    public static final String ALL = "Setting.all";

    @Id
    @Column(length = 100)
    private String key;

    @Column(nullable = false, length = 4000)
    private String value;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Setting() {
    }

    public Setting(SettingKey setting, String value, String changedBy, Instant at) {
        this.key = setting.key;
        this.value = value;
        this.changedBy = changedBy;
        this.changedAt = at;
    }

    public void change(String newValue, String by, Instant at) {
        value = newValue;
        changedBy = by;
        changedAt = at;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }
}
