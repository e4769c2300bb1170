package dev.redtortoise.geoblock.entity;

import dev.redtortoise.platform.errors.Checks;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Who may come in, by country: off, an allow-list or a deny-list of ISO 3166 alpha-2 codes; whether an address
 * the database does not know is blocked; paths and networks that are always let through (health checks, the
 * staff's office). One row; every change is validated whole before anything is saved, and each reason starts
 * with the name of the field it is about ("countries: ...", "exemptNetworks: ...").
 */
@Entity
@Table(name = "geo_policy")
public class GeoPolicy {

    public enum Mode { OFF, ALLOW, DENY }

    public static final long ID = 1;
    static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~/-]*");
    static final int LIST_MAX = 2000;

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Mode mode;

    @Column(nullable = false, length = LIST_MAX)
    private String countries;

    @Column(name = "block_unknown", nullable = false)
    private boolean blockUnknown;

    @Column(name = "exempt_paths", nullable = false, length = LIST_MAX)
    private String exemptPaths;

    @Column(name = "exempt_networks", nullable = false, length = LIST_MAX)
    private String exemptNetworks;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected GeoPolicy() {
    }

    /**
     * A policy that is never saved, checked as {@link #change} checks one: what staff are editing, so they
     * can try addresses against it before they save it.
     */
    public static GeoPolicy draft(Mode mode, List<String> countries, boolean blockUnknown, List<String> exemptPaths,
                                  List<String> exemptNetworks) {
        GeoPolicy draft = new GeoPolicy();
        draft.change(mode, countries, blockUnknown, exemptPaths, exemptNetworks, Instant.now());
        return draft;
    }

    /** Replaces the whole policy, or refuses with every reason and changes nothing. */
    public void change(Mode newMode, List<String> newCountries, boolean newBlockUnknown, List<String> newExemptPaths,
                       List<String> newExemptNetworks, Instant at) {
        Checks checks = new Checks();
        if (newMode == null) {
            checks.problem("mode must be OFF, ALLOW or DENY");
        }
        TreeSet<String> codes = new TreeSet<>();
        for (String country : newCountries) {
            String code = country.strip().toUpperCase(Locale.ROOT);
            if (ISO_COUNTRIES.contains(code)) {
                codes.add(code);
            } else {
                checks.problem("countries: '" + country.strip() + "' is not an ISO 3166 two-letter country code");
            }
        }
        if (newMode == Mode.ALLOW && codes.isEmpty()) {
            checks.problem("countries: an allow-list needs at least one country (or turn geo-blocking OFF)");
        }
        List<String> paths = new ArrayList<>();
        for (String path : newExemptPaths) {
            if (PATH.matcher(path.strip()).matches()) {
                paths.add(path.strip());
            } else {
                checks.problem("exemptPaths: '" + path.strip() + "' must start with / and hold only URL path characters");
            }
        }
        List<String> networks = new ArrayList<>();
        for (String network : newExemptNetworks) {
            try {
                networks.add(Network.parse(network).toString());
            } catch (IllegalArgumentException e) {
                checks.problem("exemptNetworks: " + e.getMessage());
            }
        }
        String joinedPaths = String.join(",", paths);
        String joinedNetworks = String.join(",", networks);
        if (joinedPaths.length() > LIST_MAX || joinedNetworks.length() > LIST_MAX) {
            checks.problem("the exempt lists may hold " + LIST_MAX + " characters each");
        }
        checks.orRefuse();
        mode = newMode;
        countries = String.join(",", codes);
        blockUnknown = newBlockUnknown;
        exemptPaths = joinedPaths;
        exemptNetworks = joinedNetworks;
        updatedAt = at;
    }

    public GeoRules rules() {
        return new GeoRules(mode, Set.copyOf(countries()), blockUnknown, exemptPaths(),
                exemptNetworks().stream().map(Network::parse).toList(), version);
    }

    public Mode mode() {
        return mode;
    }

    public List<String> countries() {
        return split(countries);
    }

    public boolean blockUnknown() {
        return blockUnknown;
    }

    public List<String> exemptPaths() {
        return split(exemptPaths);
    }

    public List<String> exemptNetworks() {
        return split(exemptNetworks);
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
