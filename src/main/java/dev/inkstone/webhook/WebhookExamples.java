package dev.inkstone.webhook;

/** Request and response examples for the OpenAPI document. */
final class WebhookExamples {

    static final String INPUT = """
            {"url": "https://hooks.example.cn/rebuild/博客", "events": ["post.*", "tag.*"], "coalesceSeconds": 30}""";

    static final String INPUT_EN = """
            {"url": "https://api.netlify.com/build_hooks/5f2b3c", "events": ["*"], "active": true}""";

    static final String CREATED = """
            {"id": 3, "url": "https://hooks.example.cn/rebuild/博客", "events": ["post.*", "tag.*"], "active": true,
             "coalesceSeconds": 30, "deactivatedReason": null, "failingSince": null,
             "secret": "whsec_Vt3c9mJ0yq1b8KxZ2pW4rD6fH8jL0nQ2sU4wY6a8c0E", "createdAt": "2026-01-14T03:39:17Z",
             "updatedAt": "2026-01-14T03:39:17Z", "version": 0}""";

    static final String WEBHOOK_EN = """
            {"id": 4, "url": "https://api.netlify.com/build_hooks/5f2b3c", "events": ["*"], "active": false,
             "coalesceSeconds": 0, "deactivatedReason": "Deactivated 2026-03-04T10:00:00Z: every delivery failed for \
            72 h; last error: HTTP 500", "failingSince": "2026-03-01T09:12:00Z", "secret": null,
             "createdAt": "2026-01-15T09:12:00Z", "updatedAt": "2026-01-15T09:12:00Z", "version": 2}""";

    static final String DELIVERY = """
            {"id": 981, "createdAt": "2026-01-14T03:39:17Z", "events": ["post.published"],
             "changes": [{"event": "post.published", "type": "post", "id": 42,
             "slug": "china-ai-innovation-challenges-us-competition-future", "position": 1742}], "position": 1742,
             "status": "delivered", "attempt": 1, "nextAttemptAt": null, "lastAttemptAt": "2026-01-14T03:39:18Z",
             "statusCode": 200, "durationMs": 84, "error": null, "responseBody": "{\\"ok\\":true}"}""";

    static final String DELIVERY_EN = """
            {"id": 982, "createdAt": "2026-01-15T09:12:00Z", "events": ["tag.updated"],
             "changes": [{"event": "tag.updated", "type": "tag", "id": 12, "slug": "machine-learning",
             "position": 1750}], "position": 1750, "status": "pending", "attempt": 2,
             "nextAttemptAt": "2026-01-15T09:13:05Z", "lastAttemptAt": "2026-01-15T09:12:31Z", "statusCode": 503,
             "durationMs": 12, "error": "HTTP 503", "responseBody": "Service Unavailable"}""";

    static final String PAYLOAD = """
            {"deliveryId": 981, "webhookId": 3, "events": ["post.published", "tag.created"],
             "changes": [{"event": "post.published", "type": "post", "id": 42, "slug": "中国顶尖大脑闭门承认",
             "position": 1742}, {"event": "tag.created", "type": "tag", "id": 9, "slug": "自主學習",
             "position": 1742}], "position": 1742, "createdAt": "2026-01-14T03:39:17Z"}""";

    private WebhookExamples() {
    }
}
