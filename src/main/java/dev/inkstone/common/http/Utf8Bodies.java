package dev.inkstone.common.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.error.FieldError;

/**
 * Every JSON request body (application/json and the +json types, merge patches included) is checked to be strict
 * UTF-8 before it is parsed: RFC 8259 requires UTF-8, and Jackson would read an overlong {@code C0 AF} as {@code /}.
 * Bodies are already bounded (inkstone.http.max-body), so holding one to check it costs at most that.
 */
@Provider
public class Utf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        int invalid = StrictUtf8.firstInvalidByte(body);
        if (invalid >= 0) {
            String message = "the body is not valid UTF-8 (byte " + invalid + ")";
            throw new ApiException(400, "malformed-body", "Bad Request", message,
                    List.of(new FieldError("body", message)), null);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype())
                || type.getSubtype().toLowerCase().endsWith("+json"));
    }
}
