package dev.inkstone.site;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The one row of site settings (V28); navigation lists are kept as JSON text of {@link NavigationItemInput}s. */
@Entity
@Table(name = "site_settings")
public class SiteSettings {

    /** The only id: the table's check constraint admits no other row. */
    static final int ID = 1;

    @Id
    public Integer id;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(length = 2000)
    public String description;

    @Column(length = 2000)
    public String url;

    @Column(nullable = false, length = 35)
    public String locale;

    @Column(nullable = false, length = 64)
    public String timezone;

    @Column(name = "logo_image_id")
    public Long logoImageId;

    @Column(name = "icon_image_id")
    public Long iconImageId;

    @Column(nullable = false, length = 100_000)
    public String navigation;

    @Column(name = "secondary_navigation", nullable = false, length = 100_000)
    public String secondaryNavigation;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public Long version;
}
