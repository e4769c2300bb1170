package dev.redtortoise.feeds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One rule of a source's mapping; a rule alone is not checked, the whole {@link Mapping} is. */
@Entity
@Table(name = "mapping_rule")
public class MappingRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RuleKind kind;

    @Column(nullable = false, length = 200)
    private String match;

    @Column(nullable = false, length = 200)
    private String value;

    protected MappingRule() {
    }

    public MappingRule(RuleKind kind, String match, String value) {
        this.kind = kind;
        this.match = match == null ? "" : match.trim();
        this.value = value == null ? "" : value.trim();
    }

    public RuleKind kind() {
        return kind;
    }

    public String match() {
        return match;
    }

    public String value() {
        return value;
    }
}
