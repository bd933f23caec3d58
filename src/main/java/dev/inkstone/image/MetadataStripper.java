package dev.inkstone.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Full-size copies of an upload without its metadata, made by walking the container rather than by re-encoding:
 * no quality is lost, no pixels are decoded (a 12-megapixel JPEG costs a copy of its bytes, not 36 MB of raster),
 * and animation survives. What goes: EXIF (GPS, camera serials, dates), XMP, IPTC, comments, text chunks, and a
 * JPEG's trailing MPF images (gain maps). What stays: what decoding needs, ICC profiles (colour) and, for a JPEG, a
 * minimal EXIF block with the orientation alone, so that the browser still shows it upright.
 */
final class MetadataStripper {

    /** PNG chunks kept: decoding, colour, animation (APNG) and pixel density; text, eXIf and tIME go. */
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "tRNS", "IDAT", "IEND", "gAMA", "cHRM", "sRGB",
            "iCCP", "sBIT", "pHYs", "acTL", "fcTL", "fdAT", "cICP");

    private MetadataStripper() {
    }

    static byte[] strip(byte[] bytes, ImageFormat format, int orientation) {
        return switch (format) {
            case JPEG -> jpeg(bytes, orientation);
            case PNG -> png(bytes);
            case GIF -> gif(bytes);
            case WEBP -> webp(bytes);
        };
    }

    /** Keeps SOI..EOI of the primary image: APP0 (JFIF), APP2 ICC_PROFILE, APP14 (Adobe colour transform), tables. */
    static byte[] jpeg(byte[] in, int orientation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(0xFF);
        out.write(0xD8);
        if (orientation > 1 && orientation <= 8) {
            out.writeBytes(orientationExif(orientation));
        }
        int pos = 2;
        while (pos + 4 <= in.length) {
            if ((in[pos] & 0xFF) != 0xFF) {
                throw new CorruptImageException("JPEG marker expected at byte " + pos);
            }
            int marker = in[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++;
                continue;
            }
            if (marker == 0xD9) {
                break;
            }
            int length = ((in[pos + 2] & 0xFF) << 8) | (in[pos + 3] & 0xFF);
            int end = pos + 2 + length;
            if (length < 2 || end > in.length) {
                throw new CorruptImageException("JPEG segment runs past the end of the file");
            }
            if (keepJpegSegment(marker, in, pos + 4, length - 2)) {
                out.write(in, pos, end - pos);
            }
            pos = end;
            if (marker == 0xDA) {
                // Entropy-coded data runs to the next marker that is not a stuffed 0x00 or a restart marker.
                int scan = pos;
                while (scan + 1 < in.length) {
                    if ((in[scan] & 0xFF) == 0xFF) {
                        int next = in[scan + 1] & 0xFF;
                        if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
                            break;
                        }
                    }
                    scan++;
                }
                out.write(in, pos, scan - pos);
                pos = scan;
            }
        }
        out.write(0xFF);
        out.write(0xD9);
        return out.toByteArray();
    }

    private static boolean keepJpegSegment(int marker, byte[] in, int data, int length) {
        if (marker == 0xE0 || marker == 0xEE) {
            return true;
        }
        if (marker == 0xE2) {
            return startsWith(in, data, length, "ICC_PROFILE\0");
        }
        // Other APPn (EXIF, XMP, IPTC, MPF, maker data) and COM go; everything else is image data or tables.
        return !(marker >= 0xE0 && marker <= 0xEF) && marker != 0xFE;
    }

    /** An APP1 EXIF segment holding only the orientation tag (big-endian TIFF, one IFD entry). */
    private static byte[] orientationExif(int orientation) {
        byte[] tiff = { 'M', 'M', 0, 42, 0, 0, 0, 8, // header, IFD0 at offset 8
                0, 1, // one entry
                0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation, SHORT, count 1
                0, 0, 0, 0 }; // no next IFD
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + exif.length + tiff.length;
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        segment.write(0xFF);
        segment.write(0xE1);
        segment.write(length >> 8);
        segment.write(length & 0xFF);
        segment.writeBytes(exif);
        segment.writeBytes(tiff);
        return segment.toByteArray();
    }

    static byte[] png(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int pos = 8;
        while (pos + 12 <= in.length) {
            long length = readInt(in, pos) & 0xFFFFFFFFL;
            if (pos + 12 + length > in.length) {
                throw new CorruptImageException("PNG chunk runs past the end of the file");
            }
            String type = new String(in, pos + 4, 4, StandardCharsets.ISO_8859_1);
            int end = pos + 12 + (int) length;
            if (PNG_KEPT.contains(type)) {
                out.write(in, pos, end - pos);
            }
            pos = end;
            if (type.equals("IEND")) {
                break;
            }
        }
        return out.toByteArray();
    }

    /** Drops comment extensions and application extensions other than the looping ones (XMP lives in one). */
    static byte[] gif(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        if (in.length < 13) {
            throw new CorruptImageException("GIF header is cut short");
        }
        int flags = in[10] & 0xFF;
        int pos = 13 + ((flags & 0x80) != 0 ? 3 * (1 << ((flags & 7) + 1)) : 0);
        out.write(in, 0, Math.min(pos, in.length));
        boolean ended = false;
        while (pos < in.length) {
            int introducer = in[pos] & 0xFF;
            if (introducer == 0x3B) {
                ended = true;
                break;
            }
            int start = pos;
            boolean keep = true;
            if (introducer == 0x21) {
                int label = pos + 1 < in.length ? in[pos + 1] & 0xFF : 0;
                if (label == 0xFE) {
                    keep = false;
                } else if (label == 0xFF) {
                    keep = startsWith(in, pos + 3, in.length - pos - 3, "NETSCAPE2.0")
                            || startsWith(in, pos + 3, in.length - pos - 3, "ANIMEXTS1.0");
                }
                pos = skipSubBlocks(in, pos + 2);
            } else if (introducer == 0x2C) {
                if (pos + 10 > in.length) {
                    throw new CorruptImageException("GIF image descriptor is cut short");
                }
                int local = in[pos + 9] & 0xFF;
                pos += 10 + ((local & 0x80) != 0 ? 3 * (1 << ((local & 7) + 1)) : 0);
                pos = skipSubBlocks(in, pos + 1); // after the LZW minimum code size
            } else {
                throw new CorruptImageException("Unknown GIF block at byte " + pos);
            }
            if (keep) {
                out.write(in, start, pos - start);
            }
        }
        if (!ended) {
            throw new CorruptImageException("GIF data is cut short before its trailer");
        }
        out.write(0x3B);
        return out.toByteArray();
    }

    private static int skipSubBlocks(byte[] in, int pos) {
        while (pos < in.length) {
            int size = in[pos] & 0xFF;
            pos += 1 + size;
            if (size == 0) {
                return pos;
            }
        }
        throw new CorruptImageException("GIF data is cut short");
    }

    /** Drops the EXIF and XMP chunks of a RIFF WebP and clears their flags in VP8X. */
    static byte[] webp(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 12);
        int pos = 12;
        int vp8x = -1;
        while (pos + 8 <= in.length) {
            String type = new String(in, pos, 4, StandardCharsets.ISO_8859_1);
            long size = readIntLittle(in, pos + 4) & 0xFFFFFFFFL;
            long end = pos + 8 + size + (size & 1);
            if (end > in.length + 1L) {
                throw new CorruptImageException("WebP chunk runs past the end of the file");
            }
            int stop = (int) Math.min(end, in.length);
            if (!type.equals("EXIF") && !type.equals("XMP ")) {
                if (type.equals("VP8X")) {
                    vp8x = out.size();
                }
                out.write(in, pos, stop - pos);
            }
            pos = stop;
        }
        byte[] result = out.toByteArray();
        if (vp8x >= 0) {
            result[vp8x + 8] &= (byte) ~0x0C; // EXIF (bit 3) and XMP (bit 2) flags
        }
        int riffSize = result.length - 8;
        result[4] = (byte) riffSize;
        result[5] = (byte) (riffSize >> 8);
        result[6] = (byte) (riffSize >> 16);
        result[7] = (byte) (riffSize >> 24);
        return result;
    }

    private static int readInt(byte[] in, int pos) {
        return ((in[pos] & 0xFF) << 24) | ((in[pos + 1] & 0xFF) << 16) | ((in[pos + 2] & 0xFF) << 8)
                | (in[pos + 3] & 0xFF);
    }

    private static int readIntLittle(byte[] in, int pos) {
        return (in[pos] & 0xFF) | ((in[pos + 1] & 0xFF) << 8) | ((in[pos + 2] & 0xFF) << 16)
                | ((in[pos + 3] & 0xFF) << 24);
    }

    private static boolean startsWith(byte[] in, int offset, int available, String prefix) {
        byte[] wanted = prefix.getBytes(StandardCharsets.ISO_8859_1);
        return available >= wanted.length && offset + wanted.length <= in.length
                && Arrays.equals(in, offset, offset + wanted.length, wanted, 0, wanted.length);
    }
}
