package dev.inkstone.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import dev.inkstone.common.net.PublicAddresses;

/**
 * Refuses webhook targets that would make the server call into its own network (server-side request forgery):
 * hosts resolving to an address {@link PublicAddresses} calls internal. Checked when a webhook is saved and again
 * before every send, since DNS answers change; INKSTONE_WEBHOOKS_ALLOW_PRIVATE=true turns the address check off.
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
            InetAddress address = PublicAddresses.firstInternal(uri.getHost());
            if (address != null) {
                return "url's host " + uri.getHost() + " resolves to " + address.getHostAddress()
                        + ", a loopback, private, link-local or metadata address; webhooks may not call into "
                        + "the server's own network (INKSTONE_WEBHOOKS_ALLOW_PRIVATE=true allows it)";
            }
        } catch (UnknownHostException e) {
            return "url's host " + uri.getHost() + " does not resolve";
        }
        return null;
    }
}
