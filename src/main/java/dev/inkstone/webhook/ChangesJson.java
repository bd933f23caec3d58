package dev.inkstone.webhook;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A delivery's changes as stored (webhook_delivery.changes) and read back. */
@ApplicationScoped
class ChangesJson {

    private static final TypeReference<List<WebhookChange>> LIST = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    ChangesJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String write(List<WebhookChange> changes) {
        try {
            return mapper.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<WebhookChange> read(String stored) {
        try {
            return mapper.readValue(stored, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable webhook_delivery.changes", e);
        }
    }

    /** The body POSTed for a delivery; the signature covers exactly these bytes. */
    byte[] body(WebhookDelivery delivery) {
        try {
            return mapper.writeValueAsBytes(new WebhookPayload(delivery.id, delivery.webhookId,
                    List.copyOf(WebhookEvents.split(delivery.events)), read(delivery.changes), delivery.position,
                    delivery.createdAt));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
