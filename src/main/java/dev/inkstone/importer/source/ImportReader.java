package dev.inkstone.importer.source;

import java.io.IOException;
import java.util.zip.ZipEntry;

import dev.inkstone.importer.ImportConfig;

/**
 * One import format's reader, behind which the job does not care what it reads: it sends each item of a file, folder
 * or zip to the sink as it comes. {@link #of} picks the reader of a format.
 */
@FunctionalInterface
public interface ImportReader {

    void read(ImportInput input, ItemSink sink) throws IOException, BadImportFile;

    static ImportReader of(ImportFormat format, ImportConfig config) {
        long maxText = config.maxText().asLongValue();
        return switch (format) {
            case WXR -> (input, sink) -> {
                WxrReader reader = new WxrReader(config.defaultZone(), maxText);
                if (input.zip() != null) {
                    ZipEntry document = input.zipDocument(format);
                    reader.read(() -> input.zip().open(document), sink);
                } else {
                    reader.read(input.document(format), sink);
                }
            };
            case INKSTONE -> (input, sink) -> {
                InkstoneJsonReader reader = new InkstoneJsonReader(maxText);
                if (input.zip() != null) {
                    reader.read(input.zip().open(input.zipDocument(format)), sink);
                } else {
                    reader.read(input.document(format), sink);
                }
            };
            case GHOST -> GhostReader.reader(maxText);
            case HTML -> (input, sink) -> {
                HtmlPageReader reader = new HtmlPageReader(config.defaultZone(), config.zip(),
                        config.maxFile().asLongValue());
                if (input.zip() != null) {
                    reader.readZip(input.zip(), sink);
                } else {
                    reader.readFile(input.file(), input.sourceName(), sink);
                }
            };
            case MARKDOWN -> (input, sink) -> {
                MarkdownReader reader = new MarkdownReader(config.defaultZone(), config.zip(),
                        config.maxFile().asLongValue());
                if (input.folder()) {
                    reader.readFolder(input.file(), input.root(), sink);
                } else if (input.zip() != null) {
                    reader.readZip(input.zip(), sink);
                } else {
                    reader.readFile(input.file(), input.sourceName(), sink);
                }
            };
        };
    }
}
