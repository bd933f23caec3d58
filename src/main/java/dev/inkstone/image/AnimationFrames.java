package dev.inkstone.image;

import java.nio.charset.StandardCharsets;

/**
 * Where an animation's first frame sits on its canvas, read from the file's own headers (GIF logical screen and image
 * descriptor, WebP VP8X and ANMF chunks): ImageIO readers report only the frame, not the canvas it is drawn on.
 */
final class AnimationFrames {

    private AnimationFrames() {
    }

    /** The canvas of a GIF (logical screen) or an extended WebP (VP8X); readers report the first frame's size. */
    static int[] canvasSize(byte[] in, ImageFormat format) {
        if (format == ImageFormat.GIF && in.length >= 10) {
            return new int[] { uint16(in, 6), uint16(in, 8) };
        }
        if (format == ImageFormat.WEBP && in.length >= 30 && in[12] == 'V' && in[13] == 'P' && in[14] == '8'
                && in[15] == 'X') {
            return new int[] { 1 + int24(in, 24), 1 + int24(in, 27) };
        }
        return null;
    }

    /** Left and top of the first frame: GIF's first image descriptor, WebP's first ANMF chunk. */
    static int[] firstFrameOffset(byte[] bytes, ImageFormat format) {
        int[] box = firstFrameBox(bytes, format);
        return box == null ? null : new int[] { box[0], box[1] };
    }

    static int[] firstFrameSize(byte[] bytes, ImageFormat format) {
        int[] box = firstFrameBox(bytes, format);
        return box == null ? null : new int[] { box[2], box[3] };
    }

    private static int[] firstFrameBox(byte[] in, ImageFormat format) {
        if (format == ImageFormat.WEBP) {
            int pos = 12;
            while (pos + 8 <= in.length) {
                String type = new String(in, pos, 4, StandardCharsets.ISO_8859_1);
                long size = (in[pos + 4] & 0xFF) | (in[pos + 5] & 0xFF) << 8 | (in[pos + 6] & 0xFF) << 16
                        | (long) (in[pos + 7] & 0xFF) << 24;
                if (type.equals("ANMF") && pos + 20 <= in.length) {
                    int d = pos + 8;
                    return new int[] { 2 * int24(in, d), 2 * int24(in, d + 3), 1 + int24(in, d + 6),
                            1 + int24(in, d + 9) };
                }
                pos += 8 + (int) size + (int) (size & 1);
            }
            return null;
        }
        if (format == ImageFormat.GIF && in.length > 13) {
            int flags = in[10] & 0xFF;
            int pos = 13 + ((flags & 0x80) != 0 ? 3 * (1 << ((flags & 7) + 1)) : 0);
            while (pos < in.length && (in[pos] & 0xFF) == 0x21) {
                pos += 2;
                while (pos < in.length && (in[pos] & 0xFF) != 0) {
                    pos += 1 + (in[pos] & 0xFF);
                }
                pos++;
            }
            if (pos + 9 < in.length && (in[pos] & 0xFF) == 0x2C) {
                return new int[] { uint16(in, pos + 1), uint16(in, pos + 3), uint16(in, pos + 5),
                        uint16(in, pos + 7) };
            }
        }
        return null;
    }

    private static int int24(byte[] in, int pos) {
        return (in[pos] & 0xFF) | (in[pos + 1] & 0xFF) << 8 | (in[pos + 2] & 0xFF) << 16;
    }

    private static int uint16(byte[] in, int pos) {
        return (in[pos] & 0xFF) | (in[pos + 1] & 0xFF) << 8;
    }
}
