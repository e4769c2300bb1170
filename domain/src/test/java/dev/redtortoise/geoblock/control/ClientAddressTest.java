package dev.redtortoise.geoblock.control;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    private final ClientAddress behindProxies = new ClientAddress("10.0.0.0/8, ::1/128");

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItsHeaderSays() throws Exception {
        assertThat(behindProxies.of("198.51.100.7", List.of("8.8.8.8"))).isEqualTo(InetAddress.getByName("198.51.100.7"));
        assertThat(new ClientAddress(" ").of("10.0.0.1", List.of("8.8.8.8"))).isEqualTo(InetAddress.getByName("10.0.0.1"));
    }

    @Test
    void behindATrustedProxyTheRightMostAddressThatIsNoProxyIsTheClient() throws Exception {
        // the client wrote 8.8.8.8 itself; its real address was appended by the first proxy, then a second proxy's
        assertThat(behindProxies.of("10.0.0.2", List.of("8.8.8.8, 203.0.113.5, 10.0.0.9")))
                .isEqualTo(InetAddress.getByName("203.0.113.5"));
        assertThat(behindProxies.of("10.0.0.2", List.of("8.8.8.8", "203.0.113.5")))
                .as("several headers are one list").isEqualTo(InetAddress.getByName("203.0.113.5"));
    }

    @Test
    void ipv6ClientsAndProxiesWork() throws Exception {
        assertThat(behindProxies.of("::1", List.of("2001:4860:4860::8888"))).isEqualTo(InetAddress.getByName("2001:4860:4860::8888"));
        assertThat(behindProxies.of("::1", List.of("[2001:db8::1]"))).isEqualTo(InetAddress.getByName("2001:db8::1"));
    }

    @Test
    void aHopThatIsNoAddressStopsTheWalkAtTheLastTrustedOne() throws Exception {
        assertThat(behindProxies.of("10.0.0.2", List.of("8.8.8.8, unknown"))).isEqualTo(InetAddress.getByName("10.0.0.2"));
        assertThat(behindProxies.of("10.0.0.2", List.of("evil.example.com"))).isEqualTo(InetAddress.getByName("10.0.0.2"));
        assertThat(behindProxies.of("10.0.0.2", List.of())).isEqualTo(InetAddress.getByName("10.0.0.2"));
    }

    @Test
    void onlyProxiesInTheChainMeansTheFarthestOneIsTheClient() throws Exception {
        assertThat(behindProxies.of("10.0.0.2", List.of("10.0.0.3, 10.0.0.4"))).isEqualTo(InetAddress.getByName("10.0.0.3"));
    }
}
