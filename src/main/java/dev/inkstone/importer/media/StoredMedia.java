package dev.inkstone.importer.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.logging.Log;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.hash.Sha256;
import dev.inkstone.common.http.Precondition;
import dev.inkstone.image.ImageConfig;
import dev.inkstone.image.ImageFormat;
import dev.inkstone.image.ImageInput;
import dev.inkstone.image.ImageService;
import dev.inkstone.image.ImageView;
import dev.inkstone.importer.ImportConfig;
import dev.inkstone.importer.item.ImageMeta;
import dev.inkstone.importer.source.ImportLimitException;

/** Stores the images an import's own files hold through {@link ImageService}; see {@link MediaMatch} for the rules. */
@ApplicationScoped
class StoredMedia implements ImportMedia {

    static final String NOT_FETCHED = "remote URLs are not fetched";

    private static final Pattern OWN_MEDIA = Pattern.compile("/media/([0-9a-f]{64})/([^/?#\\s\"']*)");
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern IMAGE_FILE = Pattern.compile(
            "(?i).*\\.(jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic)(?:[?#].*)?$");

    private final ImageService images;
    private final ImageConfig imageConfig;
    private final ImportConfig config;

    StoredMedia(ImageService images, ImageConfig imageConfig, ImportConfig config) {
        this.images = images;
        this.imageConfig = imageConfig;
        this.config = config;
    }

    @Override
    public Job start(MediaBundle files, boolean dryRun) {
        return new JobMedia(files, dryRun);
    }

    private final class JobMedia implements Job {
        private final MediaBundle files;
        private final boolean dryRun;
        /** Results by file, so each file is read and stored once per job. */
        private final Map<String, Resolved> byFile = new HashMap<>();
        /** Images met by digest: found in the database, stored by this job, or (dry run) that would be. */
        private final Map<String, ImageRef> bySha = new HashMap<>();
        private final Set<String> absentShas = new java.util.HashSet<>();
        /** An Inkstone export's images by their digest in the source instance: the URL that names their bytes. */
        private final Map<String, String> exported = new HashMap<>();

        JobMedia(MediaBundle files, boolean dryRun) {
            this.files = files;
            this.dryRun = dryRun;
        }

        @Override
        public Resolved resolve(String reference, String relativeTo, ImageMeta meta) {
            return resolve(reference, relativeTo, meta, false);
        }

        private Resolved resolve(String reference, String relativeTo, ImageMeta meta, boolean inBody) {
            String ref = reference == null ? "" : reference.strip();
            String sha = DIGEST.matcher(ref).matches() ? ref : ownSha(ref);
            if (sha != null) {
                if (meta != null && sha.equals(meta.sha256()) && !DIGEST.matcher(ref).matches()) {
                    exported.put(sha, ref);
                }
                prefetch(Set.of(sha));
                ImageRef known = bySha.get(sha);
                if (known != null) {
                    return new Resolved(reference, known, false, null);
                }
                // An export's image is stored from its original, whichever rendition the reference names.
                String source = exported.get(sha);
                if (source == null && DIGEST.matcher(ref).matches()) {
                    return missing(reference, "no image with the digest " + sha + " here or in the import");
                }
                if (source != null) {
                    ref = source;
                }
            }
            String unreadable = files.unreadable();
            if (unreadable != null) {
                return missing(reference, unreadable);
            }
            if (MediaMatch.candidates(ref, relativeTo, inBody).isEmpty()) {
                return missing(reference, "not a path or an http(s) URL");
            }
            String file = MediaMatch.find(files, ref, relativeTo, inBody);
            if (file == null) {
                return missing(reference, "no file in the import matches " + ref + "; " + NOT_FETCHED);
            }
            Resolved stored = byFile.get(file);
            if (stored == null) {
                stored = store(file, meta);
                byFile.put(file, stored);
                return new Resolved(reference, stored.image(), stored.created(), stored.missingReason());
            }
            // Met before in this job: created by then, so not again.
            return new Resolved(reference, stored.image(), false, stored.missingReason());
        }

        @Override
        public Rewritten rewrite(String markdown, String relativeTo) {
            if (markdown == null || markdown.isEmpty()) {
                return new Rewritten(markdown, List.of());
            }
            Map<String, Boolean> references = BodyImages.references(markdown);
            if (references.isEmpty()) {
                return new Rewritten(markdown, List.of());
            }
            Set<String> shas = new LinkedHashSet<>();
            for (String ref : references.keySet()) {
                String sha = ownSha(ref);
                if (sha != null) {
                    shas.add(sha);
                }
            }
            prefetch(shas);
            Map<String, String> replacements = new HashMap<>();
            List<Resolved> reported = new ArrayList<>();
            for (Map.Entry<String, Boolean> entry : references.entrySet()) {
                String ref = entry.getKey();
                boolean link = !entry.getValue();
                if (link && !IMAGE_FILE.matcher(ref).matches()) {
                    continue;
                }
                // A link to a file that is not in the import stays as it is and is not reported: it is a link.
                if (link && ownSha(ref) == null && MediaMatch.find(files, ref, relativeTo, true) == null) {
                    continue;
                }
                Resolved resolved = resolve(ref, relativeTo, null, true);
                if (!link) {
                    reported.add(resolved);
                }
                String url = url(ref, resolved);
                if (url != null && !url.equals(ref)) {
                    replacements.put(ref, url);
                }
            }
            String rewritten = replacements.isEmpty() ? markdown : BodyImages.replace(markdown, replacements);
            return new Rewritten(rewritten, reported);
        }

        /** The URL a matched reference becomes: our original, or for our own media URLs the same file name. */
        private String url(String ref, Resolved resolved) {
            if (!resolved.found() || resolved.image().url() == null) {
                return null;
            }
            String url = resolved.image().url();
            Matcher own = OWN_MEDIA.matcher(ref);
            if (own.find() && !own.group(2).isEmpty()) {
                int media = url.indexOf("/media/");
                return url.substring(0, media) + "/media/" + resolved.image().sha256() + "/" + own.group(2);
            }
            return url;
        }

        /** Looks the digests up in one query and remembers what it found and what it did not. */
        private void prefetch(Set<String> shas) {
            Set<String> unknown = new LinkedHashSet<>();
            for (String sha : shas) {
                if (!bySha.containsKey(sha) && !absentShas.contains(sha)) {
                    unknown.add(sha);
                }
            }
            if (unknown.isEmpty()) {
                return;
            }
            Map<String, ImageView> found = inRequestContext(() -> images.bySha256(unknown));
            for (String sha : unknown) {
                ImageView view = found.get(sha);
                if (view == null) {
                    absentShas.add(sha);
                } else {
                    bySha.put(sha, new ImageRef(view.id(), sha, view.url()));
                }
            }
        }

        private Resolved store(String file, ImageMeta meta) {
            long max = imageConfig.maxBytes().asLongValue();
            long size = files.size(file);
            if (size > max) {
                return missing(file, "too large: " + size + " bytes, the image limit is " + max);
            }
            Path temp = null;
            try {
                Files.createDirectories(config.workDir());
                temp = Files.createTempFile(config.workDir(), "media-", ".part");
                String sha = copy(file, temp, max);
                if (sha == null) {
                    return missing(file, "too large: more than " + max + " bytes, the image limit");
                }
                prefetch(Set.of(sha));
                ImageRef known = bySha.get(sha);
                if (known != null) {
                    return new Resolved(file, known, false, null);
                }
                if (dryRun) {
                    String refused = refusal(temp);
                    if (refused != null) {
                        return missing(file, refused);
                    }
                    ImageRef would = new ImageRef(null, sha, null);
                    bySha.put(sha, would);
                    absentShas.remove(sha);
                    return new Resolved(file, would, true, null);
                }
                String name = meta != null && meta.filename() != null ? meta.filename()
                        : file.substring(file.lastIndexOf('/') + 1);
                Path bytes = temp;
                ImageService.Uploaded uploaded = inRequestContext(() -> images.store(bytes, name,
                        meta == null ? null : meta.alt()));
                ImageView view = uploaded.image();
                if (uploaded.created() && meta != null && (meta.caption() != null || meta.focalX() != null)) {
                    view = images.patch(view.id(), current -> new ImageInput(current.alt(), meta.caption(),
                            meta.focalX() == null || meta.focalY() == null ? null
                                    : new ImageInput.Focal(meta.focalX(), meta.focalY())), Precondition.NONE);
                }
                ImageRef ref = new ImageRef(view.id(), view.sha256(), view.url());
                bySha.put(view.sha256(), ref);
                absentShas.remove(view.sha256());
                return new Resolved(file, ref, uploaded.created(), null);
            } catch (ApiException e) {
                return missing(file, "not stored: " + (e.getMessage() == null ? e.title() : e.getMessage()));
            } catch (ImportLimitException e) {
                return missing(file, "not stored: " + e.getMessage());
            } catch (IOException | RuntimeException e) {
                Log.warnf(e, "import: could not store %s", file);
                return missing(file, "not stored (" + e.getClass().getSimpleName() + ")");
            } finally {
                if (temp != null) {
                    try {
                        Files.deleteIfExists(temp);
                    } catch (IOException e) {
                        Log.debugf("could not delete %s", temp);
                    }
                }
            }
        }

        /** Copies a file of the import to a temporary file; its sha256, or null when it is larger than max. */
        private String copy(String file, Path temp, long max) throws IOException {
            MessageDigest digest = sha256();
            try (InputStream in = new DigestInputStream(files.open(file), digest);
                    OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[1 << 16];
                long total = 0;
                for (int n; (n = in.read(buffer)) > 0;) {
                    total += n;
                    if (total > max) {
                        return null;
                    }
                    out.write(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        }

        private Resolved missing(String reference, String reason) {
            return new Resolved(reference, null, false, reason);
        }
    }

    /**
     * Runs outside a transaction with a request context, as a request would: the image service reads and stores
     * outside transactions (a decode needs no connection), and the import worker thread has no request of its own.
     */
    private static <T> T inRequestContext(Supplier<T> work) {
        ManagedContext context = Arc.container().requestContext();
        if (context.isActive()) {
            return work.get();
        }
        context.activate();
        try {
            return work.get();
        } finally {
            context.terminate();
        }
    }

    /** In a dry run, what the image service would refuse from the leading bytes alone (the rest needs a decode). */
    private static String refusal(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1024);
        }
        if (ImageFormat.sniff(head) != null) {
            return null;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return text.contains("<svg") ? "not stored: SVG is not accepted" : "not stored: not a JPEG, PNG, GIF or WebP";
    }

    /** The digest in one of our media URLs (of this instance or the one an export came from), or null. */
    static String ownSha(String reference) {
        Matcher own = OWN_MEDIA.matcher(reference);
        return own.find() ? own.group(1) : null;
    }

    private static MessageDigest sha256() {
        return Sha256.newDigest();
    }
}
