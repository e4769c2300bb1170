package dev.redtortoise.geoblock.entity;

import dev.redtortoise.platform.errors.Refusal;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeoPolicyTest {

    private final GeoPolicy policy = new GeoPolicy();

    @Test
    void anAllowListAdmitsItsCountriesOnlyAndUnknownAddressesAsTold() {
        policy.change(GeoPolicy.Mode.ALLOW, List.of("de", " FR "), true, List.of("/health"), List.of(), Instant.EPOCH);
        GeoRules rules = policy.rules();

        assertThat(policy.countries()).containsExactly("DE", "FR");
        assertThat(rules.admits(Optional.of("DE"))).isTrue();
        assertThat(rules.admits(Optional.of("US"))).isFalse();
        assertThat(rules.admits(Optional.empty())).isFalse();

        policy.change(GeoPolicy.Mode.ALLOW, List.of("DE"), false, List.of(), List.of(), Instant.EPOCH);
        assertThat(policy.rules().admits(Optional.empty())).isTrue();
    }

    @Test
    void aDenyListRefusesItsCountriesOnly() {
        policy.change(GeoPolicy.Mode.DENY, List.of("KP"), false, List.of(), List.of(), Instant.EPOCH);
        assertThat(policy.rules().admits(Optional.of("KP"))).isFalse();
        assertThat(policy.rules().admits(Optional.of("DE"))).isTrue();
    }

    @Test
    void exemptPathsAndNetworksPassWhateverTheCountry() throws Exception {
        policy.change(GeoPolicy.Mode.ALLOW, List.of("DE"), true, List.of("/health", "/admin/"),
                List.of("203.0.113.0/24", "2001:db8::/32"), Instant.EPOCH);
        GeoRules rules = policy.rules();
        InetAddress outsider = InetAddress.getByName("198.51.100.1");

        assertThat(rules.exempt("/health/ready", outsider)).isTrue();
        assertThat(rules.exempt("/health", outsider)).isTrue();
        assertThat(rules.exempt("/healthy", outsider)).as("a prefix is a whole path segment").isFalse();
        assertThat(rules.exempt("/admin/accounts", outsider)).isTrue();
        assertThat(rules.exempt("/api/articles", outsider)).isFalse();
        assertThat(rules.exempt("/api/articles", InetAddress.getByName("203.0.113.9"))).isTrue();
        assertThat(rules.exempt("/api/articles", InetAddress.getByName("2001:db8::5"))).isTrue();
    }

    @Test
    void offExemptsEverything() throws Exception {
        policy.change(GeoPolicy.Mode.OFF, List.of(), true, List.of(), List.of(), Instant.EPOCH);
        assertThat(policy.rules().on()).isFalse();
        assertThat(policy.rules().exempt("/api", InetAddress.getByName("198.51.100.1"))).isTrue();
    }

    @Test
    void anInvalidPolicyIsRefusedWithEveryReasonAndChangesNothing() {
        policy.change(GeoPolicy.Mode.DENY, List.of("KP"), false, List.of(), List.of(), Instant.EPOCH);

        assertThatThrownBy(() -> policy.change(GeoPolicy.Mode.ALLOW, List.of("XX", "Germany"), false,
                List.of("health", "/ok"), List.of("10.0.0.0/40"), Instant.EPOCH))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.messages()).containsExactly(
                        "countries: 'XX' is not an ISO 3166 two-letter country code",
                        "countries: 'Germany' is not an ISO 3166 two-letter country code",
                        "countries: an allow-list needs at least one country (or turn geo-blocking OFF)",
                        "exemptPaths: 'health' must start with / and hold only URL path characters",
                        "exemptNetworks: '10.0.0.0/40': the prefix length must be 0 to 32"));
        assertThat(policy.mode()).isEqualTo(GeoPolicy.Mode.DENY);
        assertThat(policy.countries()).containsExactly("KP");
    }
}
