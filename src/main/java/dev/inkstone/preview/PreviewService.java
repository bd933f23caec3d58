package dev.inkstone.preview;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.hash.SecretTokens;
import dev.inkstone.common.hash.Sha256;
import dev.inkstone.common.paging.ListQuery;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.paging.Sort;
import dev.inkstone.common.paging.SortField;
import dev.inkstone.common.time.Timestamps;
import dev.inkstone.post.PostService;
import dev.inkstone.post.PostView;

/** Preview links: a token that lets anyone holding it read one post as it is now, drafts included, for a while. */
@ApplicationScoped
@Transactional
public class PreviewService {

    static final Duration MAX_LIFETIME = Duration.ofDays(30);
    static final List<SortField<PostPreview>> SORTS = List.of(
            new SortField<>("createdAt", "createdAt", Instant.class, p -> p.createdAt),
            new SortField<>("id", "id", Long.class, p -> p.id));
    private final PreviewRepository previews;
    private final PostService posts;
    private final PreviewConfig config;
    private final InstantSource clock;

    PreviewService(PreviewRepository previews, PostService posts, PreviewConfig config, InstantSource clock) {
        this.previews = previews;
        this.posts = posts;
        this.config = config;
        this.clock = clock;
    }

    public PreviewCreated create(long postId, PreviewInput input, String createdBy) {
        Duration lifetime = lifetime(input.expiresIn());
        posts.get(postId, true);
        Instant now = now();
        previews.deleteExpired(postId, now);
        String token = SecretTokens.generate("inkp_");
        PostPreview preview = new PostPreview();
        preview.postId = postId;
        preview.tokenHash = Sha256.hex(token);
        preview.createdAt = now;
        preview.expiresAt = now.plus(lifetime);
        preview.createdBy = createdBy;
        previews.persist(preview);
        return new PreviewCreated(preview.id, postId, token, config.url().replace("{token}", token),
                preview.expiresAt);
    }

    /** The post's live links, newest first. */
    public Page<PreviewView> list(long postId, PageRequest request) {
        posts.get(postId, true);
        ListQuery<PostPreview> query = new ListQuery<>(PostPreview.class).where("e.postId = :post", "post", postId)
                .where("e.expiresAt > :now", "now", now());
        Sort<PostPreview> sort = Sort.parse(null, request, SORTS, "-createdAt");
        var em = previews.getEntityManager();
        return Page.of(query.fetch(em, sort, request), request, query.count(em), sort,
                page -> page.stream().map(PreviewView::of).toList());
    }

    public void revoke(long postId, long previewId) {
        PostPreview preview = previews.find(postId, previewId).orElseThrow(() -> ApiException.notFound(
                "Post " + postId + " has no preview link " + previewId));
        previews.delete(preview);
    }

    /** The post a live token names; an unknown, expired or revoked token is the same plain 404. */
    public PostView read(String token) {
        PostPreview preview = previews.findByTokenHash(Sha256.hex(token))
                .filter(p -> p.expiresAt.isAfter(now()))
                .orElseThrow(() -> ApiException.notFound("No preview has this token"));
        return posts.get(preview.postId, true);
    }

    private static Duration lifetime(String expiresIn) {
        Duration lifetime;
        try {
            lifetime = Duration.parse(expiresIn);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("expiresIn", "expiresIn must be an ISO-8601 duration such as PT1H or P7D");
        }
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw ApiException.invalid("expiresIn", "expiresIn must be longer than zero and at most P30D");
        }
        return lifetime;
    }

    /** 256 random bits, URL-safe, prefixed so a leaked link is easy to recognise. */
    private Instant now() {
        return Timestamps.normalize(clock.instant());
    }
}
