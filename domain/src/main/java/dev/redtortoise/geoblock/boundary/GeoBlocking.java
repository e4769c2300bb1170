package dev.redtortoise.geoblock.boundary;

import dev.redtortoise.audit.boundary.AuditLog;
import dev.redtortoise.audit.entity.Actor;
import dev.redtortoise.geoblock.control.ClientAddress;
import dev.redtortoise.geoblock.control.CountryDatabase;
import dev.redtortoise.geoblock.entity.GeoPolicy;
import dev.redtortoise.geoblock.entity.GeoRules;
import dev.redtortoise.geoblock.entity.Network;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.net.InetAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The geo-blocking policy as staff see and change it (the operations endpoint and the console call these),
 * each change recorded in the audit log with the policy before and after, and the blocked counts per country;
 * and what the door would do with a client under a policy, saved or still being edited. A change reaches
 * every part's door at its next policy read (within {@code RT_GEOBLOCK_REFRESH}).
 */
@ApplicationScoped
@Transactional
public class GeoBlocking {

    public static final String SUBJECT = "geo-policy";

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    CountryDatabase countries;

    @Inject
    ClientAddress clients;

    /**
     * What the door would do with a client: its country (empty when unknown), whether an exempt path or
     * network lets it through a policy that is on, whether it comes in.
     */
    public record Verdict(InetAddress client, Optional<String> country, boolean exempt, boolean admitted) {
    }

    public GeoPolicy policy() {
        return em.find(GeoPolicy.class, GeoPolicy.ID);
    }

    public GeoPolicy change(Actor actor, GeoPolicy.Mode mode, List<String> countries, boolean blockUnknown,
                            List<String> exemptPaths, List<String> exemptNetworks) {
        GeoPolicy policy = em.find(GeoPolicy.class, GeoPolicy.ID, LockModeType.PESSIMISTIC_WRITE);
        String before = json(policy);
        policy.change(mode, countries, blockUnknown, exemptPaths, exemptNetworks, Instant.now());
        audit.record(actor, "geo-policy.change", SUBJECT, before, json(policy), null);
        return policy;
    }

    /** What the door would do under this policy (saved or a draft) with a request from this address to this path. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Verdict verdict(GeoPolicy policy, String path, String address) {
        InetAddress client = Network.literal(address).orElseThrow(() ->
                Refusal.invalid("address: '" + (address == null ? "" : address.strip()) + "' is not an IPv4 or IPv6 address"));
        return verdict(policy.rules(), path, client);
    }

    /**
     * What the door would do under this policy with this request of a part, its client found as the door
     * finds it (the peer, or behind a trusted proxy the address it forwarded).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Verdict verdict(GeoPolicy policy, String path, String peer, List<String> forwardedFor) {
        return verdict(policy.rules(), path, clients.of(peer, forwardedFor));
    }

    private Verdict verdict(GeoRules rules, String path, InetAddress client) {
        Optional<String> country = countries.country(client);
        boolean exempt = rules.on() && rules.exempt(path, client);
        return new Verdict(client, country, exempt, exempt || rules.admits(country));
    }

    /** Blocked requests of the day (UTC) by country code ("ZZ": unknown address), most first. */
    public Map<String, Long> blockedOn(LocalDate day) {
        Map<String, Long> counts = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT country, blocked FROM geo_block_count WHERE day = ?1 ORDER BY blocked DESC, country")
                .setParameter(1, day).getResultList();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** The policy's state as the audit log keeps it and the operations endpoint shows it. */
    public static JsonObjectBuilder describe(GeoPolicy policy) {
        return Json.createObjectBuilder()
                .add("mode", policy.mode().name())
                .add("countries", array(policy.countries()))
                .add("blockUnknown", policy.blockUnknown())
                .add("exemptPaths", array(policy.exemptPaths()))
                .add("exemptNetworks", array(policy.exemptNetworks()));
    }

    private static String json(GeoPolicy policy) {
        return describe(policy).build().toString();
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
