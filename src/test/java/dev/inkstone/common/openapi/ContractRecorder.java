package dev.inkstone.common.openapi;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import io.restassured.filter.Filter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;

/**
 * Checks HTTP exchanges made with RestAssured against the committed openapi/openapi.json and collects what the
 * document does not allow. A request meant to be wrong has only its answer checked: the document must describe the
 * error the server gives, not accept the request.
 */
final class ContractRecorder {

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(Path.of("openapi/openapi.json").toUri().toString()).build();

    private final List<String> violations = new ArrayList<>();
    private final List<String> exchanges = new ArrayList<>();

    /** For requests the document must accept, and their answers. */
    Filter valid() {
        return (request, spec, context) -> record(request, context.next(request, spec), true);
    }

    /** For requests that are wrong on purpose: only the answer is checked. */
    Filter wrong() {
        return (request, spec, context) -> record(request, context.next(request, spec), false);
    }

    List<String> violations() {
        return violations;
    }

    List<String> exchanges() {
        return exchanges;
    }

    private Response record(FilterableRequestSpecification request, Response response, boolean requestIsValid) {
        String path = request.getDerivedPath();
        Request.Method method = Request.Method.valueOf(request.getMethod().toUpperCase(Locale.ROOT));
        SimpleRequest.Builder in = new SimpleRequest.Builder(method, path);
        request.getHeaders().forEach(h -> in.withHeader(h.getName(), h.getValue()));
        request.getQueryParams().forEach((name, value) -> in.withQueryParam(name, String.valueOf(value)));
        boolean multipart = request.getContentType() != null && request.getContentType().startsWith("multipart/");
        Object body = request.getBody();
        if (body != null && !multipart) {
            in.withBody(body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : body.toString());
        }
        SimpleResponse.Builder out = new SimpleResponse.Builder(response.statusCode());
        response.getHeaders().forEach(h -> out.withHeader(h.getName(), h.getValue()));
        String type = response.getContentType();
        if (type != null && type.contains("json")) {
            out.withBody(response.asString());
        }
        // The validator cannot read multipart bodies; their answers are still checked.
        ValidationReport report = requestIsValid && !multipart ? VALIDATOR.validate(in.build(), out.build())
                : VALIDATOR.validateResponse(path, method, out.build());
        String name = method + " " + path + " -> " + response.statusCode();
        exchanges.add(name);
        report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> violations.add(name + ": " + m.getKey() + " " + m.getMessage()));
        return response;
    }
}
