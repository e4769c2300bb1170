package dev.redtortoise.geoblock.entity;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The policy as the door applies it: immutable, read by every request without a database round trip.
 * Exempt paths and networks pass first; then a known country passes when the allow-list holds it (or the
 * deny-list does not), and an address with no country passes or not as the policy says.
 */
public record GeoRules(GeoPolicy.Mode mode, Set<String> countries, boolean blockUnknown, List<String> exemptPaths,
                       List<Network> exemptNetworks, long version) {

    public static final GeoRules OFF = new GeoRules(GeoPolicy.Mode.OFF, Set.of(), false, List.of(), List.of(), -1);

    public GeoRules {
        countries = Set.copyOf(countries);
        exemptPaths = List.copyOf(exemptPaths);
        exemptNetworks = List.copyOf(exemptNetworks);
    }

    public boolean on() {
        return mode != GeoPolicy.Mode.OFF;
    }

    /** Whether the path or the client is exempt, so that no country needs to be looked up. */
    public boolean exempt(String path, InetAddress client) {
        return !on() || exemptPaths.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/"))
                || exemptNetworks.stream().anyMatch(network -> network.contains(client));
    }

    /** Whether a client of this country (empty: the database does not know the address) may come in. */
    public boolean admits(Optional<String> country) {
        return switch (mode) {
            case OFF -> true;
            case ALLOW -> country.map(countries::contains).orElse(!blockUnknown);
            case DENY -> country.map(code -> !countries.contains(code)).orElse(!blockUnknown);
        };
    }
}
