package dev.redtortoise.geoblock.control;

import dev.redtortoise.geoblock.entity.Network;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy ({@code RT_TRUSTED_PROXIES},
 * CIDRs: HAProxy, a cloud load balancer); then {@code X-Forwarded-For} is read from the right, past the
 * trusted proxies, and the first address that is not one is the client. A client can put anything at the
 * left of the header, but only what the trusted proxies appended counts, so nobody picks their own country.
 */
@ApplicationScoped
public class ClientAddress {

    private final List<Network> trusted;

    @Inject
    public ClientAddress(@ConfigProperty(name = "rt.trusted-proxies", defaultValue = " ") String trustedProxies) {
        this.trusted = Network.parseAll(trustedProxies);
    }

    protected ClientAddress() {
        this.trusted = List.of();
    }

    /** The client behind the peer; the peer itself when it is not a trusted proxy or the header says nothing usable. */
    public InetAddress of(String peer, List<String> forwardedFor) {
        InetAddress client = Network.literal(peer).orElseThrow(() -> new IllegalArgumentException("peer " + peer));
        if (!trustedProxy(client)) {
            return client;
        }
        List<String> hops = forwardedFor.stream().flatMap(header -> List.of(header.split(",")).stream())
                .map(String::strip).filter(hop -> !hop.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = Network.literal(unbracket(hops.get(i)));
            if (hop.isEmpty()) {
                // a hop that is not an address: what lies left of it cannot be trusted either
                return client;
            }
            client = hop.get();
            if (!trustedProxy(client)) {
                return client;
            }
        }
        return client;
    }

    boolean trustedProxy(InetAddress address) {
        return trusted.stream().anyMatch(network -> network.contains(address));
    }

    private static String unbracket(String hop) {
        return hop.startsWith("[") && hop.indexOf(']') > 0 ? hop.substring(1, hop.indexOf(']')) : hop;
    }
}
