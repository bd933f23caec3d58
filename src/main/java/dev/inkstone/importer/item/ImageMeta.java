package dev.inkstone.importer.item;

/**
 * What the source says about an image beyond its bytes (WXR alt text, an Inkstone export's metadata): readers send
 * it with an attachment, the media resolver stores it with the image.
 */
public record ImageMeta(String sha256, String filename, String alt, String caption, Double focalX, Double focalY) {
}
