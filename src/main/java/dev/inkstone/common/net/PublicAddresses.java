package dev.inkstone.common.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which addresses are the server's own network, for every feature that calls a URL a user gave (webhook targets, a
 * WordPress site to import from): calling them would be server-side request forgery. Loopback, private, link-local
 * (cloud metadata at 169.254.169.254 among them), unique-local, carrier-grade NAT, multicast and unspecified
 * addresses are internal.
 */
public final class PublicAddresses {

    private PublicAddresses() {
    }

    /**
     * The first internal address a host resolves to, or null when every one is public. Callers check again right
     * before each request, since DNS answers change between a check and a later call.
     */
    public static InetAddress firstInternal(String host) throws UnknownHostException {
        for (InetAddress address : InetAddress.getAllByName(host)) {
            if (isInternal(address)) {
                return address;
            }
        }
        return null;
    }

    public static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 0.0.0.0/8 "this network", 100.64.0.0/10 carrier-grade NAT, 192.0.0.0/24 protocol assignments.
            return first == 0 || (first == 100 && (second & 0xc0) == 64)
                    || (first == 192 && second == 0 && bytes[2] == 0);
        }
        if (address instanceof Inet6Address) {
            // fc00::/7 unique local (AWS's metadata fd00:ec2::254 among them); site-local fec0::/10 is caught above.
            return (bytes[0] & 0xfe) == 0xfc;
        }
        return false;
    }
}
