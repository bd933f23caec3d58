package dev.inkstone.redirect;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Where an old site's path now leads: a path on this site, or a post, tag or category (V27__create_redirect.sql). */
@Entity
@Table(name = "redirect")
public class Redirect {

    /** Who made a redirect: an import keeps its own up to date and never touches an admin's. */
    static final String BY_ADMIN = "admin";
    static final String BY_IMPORT = "import";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "redirect_seq")
    @SequenceGenerator(name = "redirect_seq", sequenceName = "redirect_seq", allocationSize = 50)
    public Long id;

    /** As given. */
    @Column(nullable = false, length = 2000)
    public String path;

    /** Its normal form ({@link RedirectPaths#key}), unique (uq_redirect_path). */
    @Column(name = "path_key", nullable = false, length = RedirectPaths.MAX_KEY)
    public String pathKey;

    @Column(nullable = false)
    public int status;

    @Column(name = "target_path", length = 2000)
    public String targetPath;

    /** post, tag or category, with targetId; null when the target is a path. */
    @Column(name = "target_type", length = 16)
    public String targetType;

    @Column(name = "target_id")
    public Long targetId;

    @Column(nullable = false, length = 16)
    public String origin;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
