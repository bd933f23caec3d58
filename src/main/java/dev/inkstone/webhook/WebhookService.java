package dev.inkstone.webhook;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.http.Precondition;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.paging.Sort;
import dev.inkstone.common.paging.SortField;
import dev.inkstone.common.time.Timestamps;
import dev.inkstone.content.ChangeLog;

/** Manages webhooks and lists, redelivers and pings their deliveries. */
@ApplicationScoped
@Transactional
public class WebhookService {

    /** The API keeps at most this many webhooks, so the list is bounded and the outbox reads them all at once. */
    static final int MAX_WEBHOOKS = 100;

    private static final SortField<WebhookDelivery> ID = new SortField<>("id", "id", Long.class, d -> d.id);
    /** Newest first; ids grow with time. */
    private static final Sort<WebhookDelivery> NEWEST_FIRST = new Sort<>(ID, true, ID);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final DeliveryQueue queue;
    private final ChangesJson json;
    private final TargetGuard guard;
    private final ChangeLog changes;
    private final InstantSource clock;

    WebhookService(WebhookRepository webhooks, DeliveryRepository deliveries, DeliveryQueue queue, ChangesJson json,
            TargetGuard guard, ChangeLog changes, InstantSource clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.queue = queue;
        this.json = json;
        this.guard = guard;
        this.changes = changes;
        this.clock = clock;
    }

    public List<WebhookView> list() {
        return webhooks.all().stream().map(w -> WebhookView.of(w, null)).toList();
    }

    public WebhookView get(long id) {
        return WebhookView.of(find(id), null);
    }

    /** The current input of a webhook, for a merge patch to apply onto. */
    public WebhookInput input(long id) {
        Webhook webhook = find(id);
        return new WebhookInput(webhook.url, List.copyOf(WebhookEvents.split(webhook.events)), webhook.active,
                webhook.coalesceSeconds);
    }

    public WebhookView create(WebhookInput input) {
        if (webhooks.count() >= MAX_WEBHOOKS) {
            throw ApiException.conflict("too-many-webhooks", "At most " + MAX_WEBHOOKS + " webhooks exist at once",
                    null);
        }
        Webhook webhook = new Webhook();
        webhook.createdAt = now();
        webhook.secret = newSecret();
        // Changes already in the log are history: the new webhook hears of the ones after this position.
        webhook.createdSeq = changes.contentVersion();
        apply(webhook, input);
        webhooks.persist(webhook);
        return WebhookView.of(webhook, webhook.secret);
    }

    public WebhookView patch(long id, UnaryOperator<WebhookInput> patch, Precondition precondition) {
        Webhook webhook = find(id);
        precondition.check(() -> WebhookView.of(webhook, null));
        WebhookInput current = input(id);
        apply(webhook, patch.apply(current));
        webhooks.flush();
        return WebhookView.of(webhook, null);
    }

    public void delete(long id, Precondition precondition) {
        Webhook webhook = find(id);
        precondition.check(() -> WebhookView.of(webhook, null));
        webhooks.delete(webhook);
    }

    public WebhookView rotateSecret(long id) {
        Webhook webhook = find(id);
        webhook.secret = newSecret();
        webhook.updatedAt = now();
        webhooks.flush();
        return WebhookView.of(webhook, webhook.secret);
    }

    public Page<DeliveryView> deliveries(long id, PageRequest request) {
        find(id);
        List<WebhookDelivery> rows = deliveries.page(id, NEWEST_FIRST, request);
        return Page.of(rows, request, deliveries.countFor(id), NEWEST_FIRST,
                kept -> kept.stream().map(d -> DeliveryView.of(d, json.read(d.changes))).toList());
    }

    /** Sends a delivery's changes again, as a new delivery due now (the receiver sees a new delivery id). */
    public DeliveryView redeliver(long id, long deliveryId) {
        find(id);
        WebhookDelivery original = deliveries.findById(deliveryId);
        if (original == null || original.webhookId != id) {
            throw ApiException.notFound("Delivery " + deliveryId + " of webhook " + id + " does not exist");
        }
        List<WebhookChange> listed = json.read(original.changes);
        return DeliveryView.of(queue.addNow(id, listed), listed);
    }

    /** Queues a ping, due at once: a delivery whose one change is the event "ping". */
    public DeliveryView ping(long id) {
        find(id);
        List<WebhookChange> ping = List.of(new WebhookChange(WebhookEvents.PING, WebhookEvents.PING, id, null,
                changes.contentVersion()));
        return DeliveryView.of(queue.addNow(id, ping), ping);
    }

    private void apply(Webhook webhook, WebhookInput input) {
        String refusal = guard.refusal(input.url().strip());
        if (refusal != null) {
            throw ApiException.invalid("url", refusal);
        }
        Set<String> events = new LinkedHashSet<>();
        for (String event : input.events()) {
            if (!WebhookEvents.isKnown(event.strip())) {
                throw ApiException.invalid("events", "unknown event " + event + "; known: "
                        + String.join(", ", WebhookEvents.known()));
            }
            events.add(event.strip());
        }
        boolean active = input.active() == null || input.active();
        if (active && !webhook.active) {
            // Switched on (again): a past deactivation and its failure streak are over.
            webhook.deactivatedReason = null;
            webhook.failingSince = null;
        }
        webhook.url = input.url().strip();
        webhook.events = WebhookEvents.join(events);
        webhook.active = active;
        webhook.coalesceSeconds = input.coalesceSeconds() == null ? 0 : input.coalesceSeconds();
        webhook.updatedAt = now();
    }

    private Webhook find(long id) {
        Webhook webhook = webhooks.findById(id);
        if (webhook == null) {
            throw ApiException.notFound("Webhook " + id + " does not exist");
        }
        return webhook;
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private Instant now() {
        return Timestamps.normalize(clock.instant());
    }
}
