package dev.inkstone.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses webhook targets that would make the server call into its own network (server-side request forgery):
 * hosts resolving to loopback, private, link-local (cloud metadata at 169.254.169.254 among them), unique-local,
 * carrier-grade NAT, multicast or unspecified addresses. Checked when a webhook is saved and again before every
 * send, since DNS answers change; INKSTONE_WEBHOOKS_ALLOW_PRIVATE=true turns the address check off.
 */
@ApplicationScoped
class TargetGuard {

    private final boolean allowPrivate;

    TargetGuard(WebhooksConfig config) {
        this.allowPrivate = config.allowPrivate();
    }

    /** Why a URL may not be called, or null when it may. */
    String refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "url is not a valid URI";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "url must be an http or https URL";
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "url must name a host";
        }
        if (uri.getFragment() != null) {
            return "url must not have a fragment";
        }
        if (allowPrivate) {
            return null;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isInternal(address)) {
                    return "url's host " + uri.getHost() + " resolves to " + address.getHostAddress()
                            + ", a loopback, private, link-local or metadata address; webhooks may not call into "
                            + "the server's own network (INKSTONE_WEBHOOKS_ALLOW_PRIVATE=true allows it)";
                }
            }
        } catch (UnknownHostException e) {
            return "url's host " + uri.getHost() + " does not resolve";
        }
        return null;
    }

    static boolean isInternal(InetAddress address) {
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
