package dev.redtortoise.geoblock.entity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 network in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}); a bare address is
 * the network of that one address. Parsing never asks DNS: only literal addresses are accepted.
 */
public record Network(byte[] address, int prefix) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]+(:\\d{1,3}(\\.\\d{1,3}){3})?");

    public Network {
        if (prefix < 0 || prefix > address.length * 8) {
            throw new IllegalArgumentException("prefix " + prefix + " out of range");
        }
        address = address.clone();
    }

    /** Parses "address/prefix" or "address"; throws IllegalArgumentException with a reason a person can act on. */
    public static Network parse(String text) {
        String given = text == null ? "" : text.strip();
        int slash = given.indexOf('/');
        String host = slash < 0 ? given : given.substring(0, slash);
        InetAddress address = literal(host).orElseThrow(() ->
                new IllegalArgumentException("'" + given + "' is not a network: write an address or address/prefix, e.g. 10.0.0.0/8"));
        int bits = address.getAddress().length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(given.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + given + "' has no valid prefix length");
        }
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("'" + given + "': the prefix length must be 0 to " + bits);
        }
        return new Network(address.getAddress(), prefix);
    }

    /** Comma- or space-separated networks; empty for a blank text. */
    public static List<Network> parseAll(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\s]+")).filter(part -> !part.isBlank()).map(Network::parse).toList();
    }

    /** A literal IPv4 or IPv6 address, never a name to resolve (a malformed one would be sent to DNS). */
    public static Optional<InetAddress> literal(String text) {
        String given = text == null ? "" : text.strip();
        boolean v4 = IPV4.matcher(given).matches()
                && Arrays.stream(given.split("\\.")).allMatch(octet -> Integer.parseInt(octet) <= 255);
        boolean v6 = given.indexOf(':') >= 0 && IPV6.matcher(given).matches();
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(given));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    public boolean contains(InetAddress candidate) {
        byte[] other = candidate.getAddress();
        if (other.length != address.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (other[i] != address[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (other[full] & mask) == (address[full] & mask);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Network network && network.prefix == prefix && Arrays.equals(network.address, address);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(address) + prefix;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(address).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
