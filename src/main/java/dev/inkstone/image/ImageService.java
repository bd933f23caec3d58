package dev.inkstone.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.error.FieldError;
import dev.inkstone.common.hash.Sha256;
import dev.inkstone.common.http.Precondition;
import dev.inkstone.common.paging.Page;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.paging.Sort;
import dev.inkstone.common.paging.SortField;
import dev.inkstone.common.time.Timestamps;
import dev.inkstone.content.ChangeLog;
import dev.inkstone.content.ChangeType;
import dev.inkstone.content.ImageUses;

/**
 * Image rules: what an upload must be (a real JPEG, PNG, GIF or WebP, within the byte and pixel limits, whole), one
 * record per distinct content, and no deletion of what a post shows.
 */
@ApplicationScoped
@Transactional
public class ImageService {

    /** How many of the posts using an image a refused delete names. */
    private static final int USES_LISTED = 20;

    static final List<SortField<Image>> SORTS = List.of(
            new SortField<>("createdAt", "createdAt", Instant.class, i -> i.createdAt),
            new SortField<>("id", "id", Long.class, i -> i.id));

    private final ImageRepository images;
    private final ImageStorage storage;
    private final Renditions renditions;
    private final MediaFiles files;
    private final ImageConfig config;
    private final ChangeLog changes;
    private final ImageUses uses;
    private final InstantSource clock;

    ImageService(ImageRepository images, ImageStorage storage, Renditions renditions, MediaFiles files,
            ImageConfig config, ChangeLog changes, ImageUses uses, InstantSource clock) {
        this.clock = clock;
        this.images = images;
        this.storage = storage;
        this.renditions = renditions;
        this.files = files;
        this.config = config;
        this.changes = changes;
        this.uses = uses;
    }

    /** A multipart upload as the resource received it: the part's temporary file and what the client said. */
    public record Upload(Path file, long size, String filename, String contentType, String alt, String caption) {
    }

    /** Result of an upload: whether it made a new image, or found the same bytes already stored. */
    public record Uploaded(boolean created, ImageView image) {
    }

    /** A rendition's bytes and type. */
    public record Media(byte[] bytes, ImageFormat format) {
    }

    /**
     * Checks, measures and stores an upload. Runs outside a transaction: the decode takes a while and needs no
     * connection; only the final insert is one.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public Uploaded upload(Upload upload) {
        if (upload.size() > config.maxBytes().asLongValue()) {
            throw new ApiException(413, "too-large", "Content Too Large", "The image is larger than the limit of "
                    + config.maxBytes().asLongValue() + " bytes", List.of(new FieldError("file", "too large")), null);
        }
        checkText("alt", upload.alt(), 1000);
        checkText("caption", upload.caption(), 2000);
        byte[] bytes = read(upload.file());
        String sha = sha256(bytes);
        Image existing = images.findBySha(sha).orElse(null);
        if (existing != null) {
            return new Uploaded(false, files.view(existing));
        }
        ImageFormat format = checkType(bytes, upload);
        ImageCodec.Probe probe;
        ImageCodec.Placeholder placeholder;
        try {
            probe = ImageCodec.probe(bytes, format);
            if (probe.pixels() > config.maxPixels()) {
                throw new ApiException(422, "too-many-pixels", "Unprocessable Content", "The image is "
                        + probe.storedWidth() + "×" + probe.storedHeight() + " pixels; at most " + config.maxPixels()
                        + " are accepted", List.of(new FieldError("file", "too many pixels")), null);
            }
            placeholder = renditions.decoding(probe.renderBytes(64), () -> {
                // Walking the container finds a GIF or PNG cut short; the strict decode finds damaged pixel data.
                MetadataStripper.strip(bytes, format, probe.orientation());
                return ImageCodec.placeholder(ImageCodec.render(bytes, probe, 64, true));
            });
        } catch (CorruptImageException e) {
            throw new ApiException(422, "corrupt-image", "Unprocessable Content",
                    "The file is not a whole " + format + " image: " + e.getMessage(),
                    List.of(new FieldError("file", "corrupt or truncated")), null);
        }
        storage.put(Renditions.sourceKey(sha), bytes, format.mimeType());
        try {
            return QuarkusTransaction.requiringNew().call(() -> new Uploaded(true,
                    files.view(insert(upload, bytes.length, sha, format, probe, placeholder))));
        } catch (RuntimeException e) {
            // The same bytes uploaded at the same moment: the unique index let one insert through; answer with it.
            if (find(e, ConstraintViolationException.class) != null) {
                Image winner = images.findBySha(sha).orElse(null);
                if (winner != null) {
                    return new Uploaded(false, files.view(winner));
                }
            }
            throw e;
        }
    }

    /**
     * Stores image bytes an import found (a zip entry or a server file): the checks and deduplication of an upload.
     * A file name whose extension names another image type than the bytes is corrected, not refused: WordPress
     * uploads folders hold PNGs named .jpg.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public Uploaded store(Path file, String filename, String alt) {
        long size;
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(16);
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImageFormat sniffed = ImageFormat.sniff(head);
        String name = filename;
        if (sniffed != null && name != null && ImageFormat.claimsImage(null, name)
                && ImageFormat.declared(null, name) != sniffed) {
            int dot = name.lastIndexOf('.');
            name = name.substring(0, dot) + "." + sniffed.extension();
        }
        return upload(new Upload(file, size, name, null, alt, null));
    }

    /** Views of the images with these digests, by digest; one query. */
    @Transactional(TxType.SUPPORTS)
    public Map<String, ImageView> bySha256(Collection<String> shas) {
        return images.findByShas(shas).stream().collect(Collectors.toMap(i -> i.sha256, files::view));
    }

    private Image insert(Upload upload, long size, String sha, ImageFormat format, ImageCodec.Probe probe,
            ImageCodec.Placeholder placeholder) {
        Image image = new Image();
        image.sha256 = sha;
        image.filename = filename(upload.filename(), format);
        image.mimeType = format.mimeType();
        image.byteSize = size;
        image.width = probe.width();
        image.height = probe.height();
        image.orientation = probe.orientation();
        image.animated = probe.animated();
        image.transparent = placeholder.alpha();
        image.alt = blankToNull(upload.alt());
        image.caption = blankToNull(upload.caption());
        image.dominantColor = placeholder.color();
        image.lqip = placeholder.dataUri();
        image.createdAt = Timestamps.normalize(clock.instant());
        image.updatedAt = image.createdAt;
        image.version = 1L;
        images.persistAndFlush(image);
        changes.record(ChangeType.IMAGE, image.id);
        return image;
    }

    /**
     * The format the bytes are. Anything but our four formats is a 415, and so is an upload whose declared type or
     * file name says one image type while the bytes are another (a renamed file, or content smuggled as an image).
     */
    private static ImageFormat checkType(byte[] bytes, Upload upload) {
        ImageFormat sniffed = ImageFormat.sniff(bytes);
        if (sniffed == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                    .toLowerCase(java.util.Locale.ROOT);
            String detail = head.contains("<svg")
                    ? "SVG is not accepted: it can carry scripts and is not sanitized here; upload PNG or WebP"
                    : "Only JPEG, PNG, GIF and WebP images are accepted; these bytes are none of them";
            throw unsupported(detail);
        }
        ImageFormat byType = ImageFormat.declared(upload.contentType(), null);
        ImageFormat byName = ImageFormat.declared(null, upload.filename());
        boolean typeLies = byType != null ? byType != sniffed : ImageFormat.claimsImage(upload.contentType(), null);
        boolean nameLies = byName != null ? byName != sniffed : ImageFormat.claimsImage(null, upload.filename());
        if (typeLies || nameLies) {
            throw unsupported("The bytes are " + sniffed + " but the upload says "
                    + (typeLies ? upload.contentType() : upload.filename()));
        }
        return sniffed;
    }

    private static ApiException unsupported(String detail) {
        return new ApiException(415, "unsupported-image-type", "Unsupported Media Type", detail,
                List.of(new FieldError("file", detail)), null);
    }

    public Page<ImageView> list(PageRequest request, String sortParameter) {
        Sort<Image> sort = Sort.parse(sortParameter, request, SORTS, "-createdAt");
        return Page.of(images.page(sort, request), request, images.count(), sort,
                page -> page.stream().map(files::view).toList());
    }

    public ImageView get(long id) {
        return files.view(load(id));
    }

    /** Applies a change to the image's editable fields, in one transaction with the write. */
    public ImageView patch(long id, UnaryOperator<ImageInput> change, Precondition precondition) {
        Image image = load(id);
        precondition.check(() -> files.view(image));
        ImageInput current = new ImageInput(image.alt, image.caption,
                image.focalX == null ? null : new ImageInput.Focal(image.focalX, image.focalY));
        ImageInput next = change.apply(current);
        Precondition.requireVersion(next.version(), image.version);
        Double x = next.focalPoint() == null ? null : next.focalPoint().x();
        Double y = next.focalPoint() == null ? null : next.focalPoint().y();
        if (!Objects.equals(image.alt, blankToNull(next.alt())) || !Objects.equals(image.caption,
                blankToNull(next.caption())) || !Objects.equals(image.focalX, x) || !Objects.equals(image.focalY, y)) {
            image.alt = blankToNull(next.alt());
            image.caption = blankToNull(next.caption());
            image.focalX = x;
            image.focalY = y;
            image.updatedAt = Timestamps.normalize(clock.instant());
            images.flush();
            changes.record(ChangeType.IMAGE, id);
            // Posts embed the image's alt and focal point: their synced copies change too.
            changes.record(ChangeType.POST, uses.postIdsUsing(id));
        }
        return files.view(image);
    }

    /**
     * Deletes an image no post uses; a used one is a 409 naming the posts. The files go after the commit, and only
     * then, so a rolled-back delete leaves the image whole.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public void delete(long id, Precondition precondition) {
        String sha = QuarkusTransaction.requiringNew().call(() -> {
            Image image = load(id);
            precondition.check(() -> files.view(image));
            List<ImageUses.PostRef> users = uses.postsUsing(id, USES_LISTED);
            if (!users.isEmpty()) {
                throw new ApiException(409, "image-in-use", "Conflict", "The image is used by "
                        + (users.size() < USES_LISTED ? "" : "at least ") + users.size() + " post(s): "
                        + users.stream().map(p -> p.slug()).collect(Collectors.joining(", ")),
                        users.stream().map(p -> new FieldError("posts", p.id() + " " + p.slug())).toList(), null);
            }
            images.delete(image);
            changes.recordDeletion(ChangeType.IMAGE, id);
            return image.sha256;
        });
        // uq_image_sha256 makes this record the only one with these bytes.
        storage.delete(Renditions.sourceKey(sha));
        storage.delete(Renditions.mediaKey(sha));
    }

    /**
     * The bytes of {@code /media/<sha256>/<file>}: from the storage when made before, else made now if the image
     * exists and has such a rendition; anything else is a 404 (invented names, other digests, paths).
     */
    @Transactional(TxType.SUPPORTS)
    public Media media(String sha256, String file) {
        Renditions.FileName name = Renditions.FileName.parse(file);
        if (!MediaFiles.SHA256.matcher(sha256).matches() || name == null) {
            throw ApiException.notFound("No such media file");
        }
        byte[] stored = renditions.stored(sha256, file);
        if (stored != null) {
            return new Media(stored, name.format());
        }
        Image image = images.findBySha(sha256).orElse(null);
        if (image == null || !files.files(image).contains(file)) {
            throw ApiException.notFound("No such media file");
        }
        return new Media(renditions.make(image, name), name.format());
    }

    /** Summaries for a batch of ids, one query whatever the batch size; unknown ids are absent. */
    public Map<Long, ImageSummary> summaries(Collection<Long> ids) {
        return images.findByIds(ids).stream()
                .collect(Collectors.toMap(i -> i.id, i -> ImageSummary.of(files.view(i))));
    }

    /** Full views for a batch of ids (delta sync), one query. */
    public Map<Long, ImageView> views(Collection<Long> ids) {
        return images.findByIds(ids).stream().collect(Collectors.toMap(i -> i.id, files::view));
    }

    /** Ids of the images our media URLs in a text name, by their digest; one query. */
    public List<Long> idsReferencedIn(String markdown) {
        java.util.Set<String> shas = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = MediaFiles.MEDIA_URL.matcher(markdown == null ? "" : markdown);
        while (m.find()) {
            shas.add(m.group(1));
        }
        return images.findByShas(shas).stream().map(i -> i.id).toList();
    }

    private Image load(long id) {
        Image image = images.findById(id);
        if (image == null) {
            throw ApiException.notFound("Image " + id + " does not exist");
        }
        return image;
    }

    private static void checkText(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw ApiException.invalid(field, field + " must be at most " + max + " characters");
        }
        if (value != null && value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'
                && c != '\r')) {
            throw ApiException.invalid(field, field + " must not contain control characters");
        }
    }

    private static String filename(String given, ImageFormat format) {
        // Browsers send a bare name; some clients send a path, of which only the last part is the file's name.
        String name = given == null ? ""
                : given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1).strip();
        name = name.chars().filter(c -> !Character.isISOControl(c)).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (name.isEmpty()) {
            name = "image." + format.extension();
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    private static Throwable find(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }
}
