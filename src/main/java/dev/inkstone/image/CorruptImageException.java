package dev.inkstone.image;

/** Bytes that start like an image but do not hold a whole, decodable one. */
class CorruptImageException extends RuntimeException {

    CorruptImageException(String message) {
        super(message, null, false, false);
    }

    CorruptImageException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
