package dev.redtortoise.feeds.ui;

import dev.redtortoise.feeds.entity.FeedSource;
import dev.redtortoise.feeds.entity.MappingRule;
import dev.redtortoise.feeds.entity.RuleKind;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A feed source as the form edits it, before the boundary checks it. Nothing is checked here: the
 * {@code FeedSources} boundary refuses what is not valid, with the same reasons the operations endpoint gives.
 */
public class FeedSourceDraft {

    static final int DEFAULT_INTERVAL_SECONDS = 3600;
    static final int DEFAULT_REJECT_PERCENT = 10;

    /** One mapping rule being edited. */
    public record Rule(RuleKind kind, String match, String value) {

        MappingRule toMappingRule() {
            return new MappingRule(kind, match, value);
        }
    }

    private Long id;
    private String name = "";
    private String location = "";
    private String owner = "";
    private boolean enabled = true;
    private Integer intervalSeconds = DEFAULT_INTERVAL_SECONDS;
    private Integer maxRejectPercent = DEFAULT_REJECT_PERCENT;
    private List<Rule> rules = new ArrayList<>();

    static FeedSourceDraft of(FeedSource source) {
        FeedSourceDraft draft = new FeedSourceDraft();
        draft.id = source.id();
        draft.name = source.name();
        draft.location = source.location();
        draft.enabled = source.enabled();
        draft.intervalSeconds = (int) source.interval().toSeconds();
        draft.maxRejectPercent = source.maxRejectPercent();
        draft.rules = new ArrayList<>(source.rules().stream()
                .map(rule -> new Rule(rule.kind(), rule.match(), rule.value())).toList());
        return draft;
    }

    boolean isNew() {
        return id == null;
    }

    List<MappingRule> mappingRules() {
        return rules.stream().map(Rule::toMappingRule).toList();
    }

    /** An empty number field means no interval, which the boundary refuses like any interval under its minimum. */
    Duration interval() {
        return Duration.ofSeconds(intervalSeconds == null ? 0 : intervalSeconds);
    }

    /** An empty share is out of range (the boundary names the allowed range). */
    int rejectPercent() {
        return maxRejectPercent == null ? -1 : maxRejectPercent;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Integer getIntervalSeconds() {
        return intervalSeconds;
    }

    public void setIntervalSeconds(Integer intervalSeconds) {
        this.intervalSeconds = intervalSeconds;
    }

    public Integer getMaxRejectPercent() {
        return maxRejectPercent;
    }

    public void setMaxRejectPercent(Integer maxRejectPercent) {
        this.maxRejectPercent = maxRejectPercent;
    }

    public List<Rule> getRules() {
        return List.copyOf(rules);
    }

    public void setRules(List<Rule> rules) {
        this.rules = new ArrayList<>(rules);
    }
}
