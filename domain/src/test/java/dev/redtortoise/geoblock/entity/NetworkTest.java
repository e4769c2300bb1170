package dev.redtortoise.geoblock.entity;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkTest {

    @Test
    void anIpv4NetworkHoldsItsAddressesAndNoOthers() throws Exception {
        Network network = Network.parse("10.1.0.0/16");
        assertThat(network.contains(InetAddress.getByName("10.1.255.7"))).isTrue();
        assertThat(network.contains(InetAddress.getByName("10.2.0.1"))).isFalse();
        assertThat(Network.parse("192.168.1.128/25").contains(InetAddress.getByName("192.168.1.127"))).isFalse();
        assertThat(Network.parse("192.168.1.128/25").contains(InetAddress.getByName("192.168.1.200"))).isTrue();
    }

    @Test
    void anIpv6NetworkHoldsItsAddressesAndNeverAnIpv4One() throws Exception {
        Network network = Network.parse("2001:db8::/32");
        assertThat(network.contains(InetAddress.getByName("2001:db8:ffff::1"))).isTrue();
        assertThat(network.contains(InetAddress.getByName("2001:db9::1"))).isFalse();
        assertThat(Network.parse("::/0").contains(InetAddress.getByName("1.2.3.4"))).isFalse();
    }

    @Test
    void aBareAddressIsTheNetworkOfThatOneAddress() throws Exception {
        assertThat(Network.parse("127.0.0.1")).isEqualTo(Network.parse("127.0.0.1/32"));
        assertThat(Network.parse("::1").contains(InetAddress.getByName("::1"))).isTrue();
        assertThat(Network.parse("10.0.0.0/8").toString()).isEqualTo("10.0.0.0/8");
    }

    @Test
    void namesAndMalformedAddressesAreRefusedWithoutAskingDns() {
        assertThatThrownBy(() -> Network.parse("example.com")).hasMessageContaining("is not a network");
        assertThatThrownBy(() -> Network.parse("1.2.3.999")).hasMessageContaining("is not a network");
        assertThatThrownBy(() -> Network.parse("1.2.3")).hasMessageContaining("is not a network");
        assertThatThrownBy(() -> Network.parse("10.0.0.0/33")).hasMessageContaining("0 to 32");
        assertThatThrownBy(() -> Network.parse("10.0.0.0/x")).hasMessageContaining("no valid prefix");
        assertThat(Network.literal("fe80::1%eth0")).isEmpty();
    }

    @Test
    void aListIsSplitOnCommasAndSpaces() {
        assertThat(Network.parseAll(" 10.0.0.0/8, 127.0.0.1  ::1/128 ")).hasSize(3);
        assertThat(Network.parseAll(" ")).isEmpty();
    }
}
