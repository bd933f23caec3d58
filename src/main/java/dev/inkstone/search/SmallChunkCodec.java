package dev.inkstone.search;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * Lucene's codec with the stored fields compressed in chunks of about 4 KB (two or three posts) instead of 80 KB.
 * Every hit's stored fields are read (what it shows and the texts its snippets come from), and reading one post meant
 * decompressing its chunk's 4 KB dictionary and the 8 KB blocks around it: 9% of the app's CPU under a search load
 * at 100,000 posts in a profile. With 4 KB chunks ten hits read in 63 µs instead of 166 µs on that index, for 17%
 * more stored bytes (71 to 83 MB of a 272 MB index). LZ4's stronger compressor (Lucene's FAST_DECOMPRESSION)
 * decompresses as fast as the plain one and keeps chunks this small 3% smaller; it costs the writer about a second
 * per 100,000 posts.
 *
 * <p>Segments name their codec and Lucene finds it by that name through the service loader
 * ({@code META-INF/services/org.apache.lucene.codecs.Codec}): renaming it, or changing the format below without a
 * new name, makes indexes written before unreadable (the schema version then rebuilds them, SearchFields.SCHEMA).
 */
public final class SmallChunkCodec extends FilterCodec {

    static final String NAME = "InkstoneSmallChunks";
    private static final int CHUNK_BYTES = 4 * 1024;
    /** Chunks fill by bytes long before this many posts. */
    private static final int MAX_DOCS_PER_CHUNK = 1024;
    /** Lucene's own: the chunk index is a monotonic table in blocks of 2^10 chunks. */
    private static final int INDEX_BLOCK_SHIFT = 10;

    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
            "InkstoneStoredFields4k", CompressionMode.FAST_DECOMPRESSION, CHUNK_BYTES, MAX_DOCS_PER_CHUNK,
            INDEX_BLOCK_SHIFT);

    /** Public and without arguments: the service loader makes the instance that reads segments. */
    public SmallChunkCodec() {
        super(NAME, new Lucene912Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }

    /**
     * Makes the codec known to Lucene's lookup by name. Lucene lists codecs with the class loader that loaded its own
     * classes; where the application's classes come from another one (Quarkus' test and dev modes), that list lacks
     * this codec until it is loaded again from this class's loader.
     */
    static void register() {
        if (!Codec.availableCodecs().contains(NAME)) {
            Codec.reloadCodecs(SmallChunkCodec.class.getClassLoader());
        }
    }
}
