package dev.inkstone.site;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The one settings row, by pk_site_settings. */
@ApplicationScoped
class SiteSettingsRepository implements PanacheRepositoryBase<SiteSettings, Integer> {

    /** V28 inserts the row and nothing deletes it. */
    SiteSettings load() {
        return findById(SiteSettings.ID);
    }
}
