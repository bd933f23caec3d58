package dev.inkstone.image;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An uploaded image: its metadata; the bytes are in the {@link ImageStorage} under {@link #sha256}. */
@Entity
@Table(name = "image")
public class Image {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "image_seq")
    @SequenceGenerator(name = "image_seq", sequenceName = "image_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(nullable = false, length = 255)
    public String filename;

    @Column(name = "mime_type", nullable = false, length = 32)
    public String mimeType;

    @Column(name = "byte_size", nullable = false)
    public long byteSize;

    /** As displayed, EXIF orientation applied. */
    @Column(nullable = false)
    public int width;

    @Column(nullable = false)
    public int height;

    /** The EXIF orientation of the stored bytes (1 upright), applied to every rendition. */
    @Column(nullable = false)
    public int orientation;

    @Column(nullable = false)
    public boolean animated;

    /** Whether any pixel is see-through; decides PNG rather than JPEG for the fallback variants. */
    @Column(nullable = false)
    public boolean transparent;

    @Column(length = 1000)
    public String alt;

    @Column(length = 2000)
    public String caption;

    @Column(name = "focal_x")
    public Double focalX;

    @Column(name = "focal_y")
    public Double focalY;

    @Column(name = "dominant_color", nullable = false, length = 7)
    public String dominantColor;

    @Column(nullable = false, length = 4000)
    public String lqip;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public Long version;

    ImageFormat format() {
        for (ImageFormat format : ImageFormat.values()) {
            if (format.mimeType().equals(mimeType)) {
                return format;
            }
        }
        throw new IllegalStateException("Unknown stored type " + mimeType);
    }
}
