package dev.inkstone.image;

/** Request examples for the OpenAPI document. */
final class ImageExamples {

    static final String PATCH = """
            {"alt": "雷峰塔与西湖的日落", "focalPoint": {"x": 0.62, "y": 0.4}}""";

    static final String PATCH_EN = """
            {"alt": "Sunset over West Lake with Leifeng Pagoda", "caption": null}""";

    private ImageExamples() {
    }
}
