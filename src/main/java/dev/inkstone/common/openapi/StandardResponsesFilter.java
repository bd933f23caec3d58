package dev.inkstone.common.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers every operation of a kind can give, so resources declare only their own (409) and
 * the document cannot forget one: any call may get 401 (a bad token), 406 and 503; a call with query parameters
 * 400 (a bad value); a call with path parameters 404; a call that needs a token 403; every write also 400, 403,
 * 413, 415 and 422. Which operations need the bearer scheme (and which role) Quarkus documents from their
 * {@code @RolesAllowed}. ETags, conditional headers, 304 and 412: see {@link ConditionalRequestDocs}; merge-patch
 * bodies: {@link MergePatchSchemas}.
 */
public class StandardResponsesFilter implements OASFilter {

    private static final List<String> SECURITY = List.of("401", "403");
    private static final List<String> EVERY_CALL = List.of("401", "406", "503");
    private static final List<String> BODY_WRITES = List.of("400", "403", "413", "415", "422");
    private static final Map<String, String> REFS = Map.of(
            "400", "BadRequest", "401", "Unauthorized", "403", "Forbidden", "406", "NotAcceptable",
            "413", "PayloadTooLarge", "415", "UnsupportedMediaType", "422", "UnprocessableContent",
            "404", "NotFound", "503", "ServiceUnavailable");

    @Override
    public PathItem filterPathItem(PathItem path) {
        if (path.getOperations() == null) {
            return path;
        }
        path.getOperations().forEach((method, operation) -> {
            if (operation.getOperationId() == null) {
                return; // Quarkus' own endpoints
            }
            boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
            boolean body = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                    || method == PathItem.HttpMethod.PATCH;
            add(operation, EVERY_CALL);
            if (has(operation, Parameter.In.QUERY)) {
                add(operation, List.of("400"));
            }
            if (has(operation, Parameter.In.PATH)) {
                add(operation, List.of("404"));
            }
            if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                add(operation, List.of("403"));
            }
            if (body) {
                add(operation, BODY_WRITES);
            } else if (write) {
                add(operation, List.of("403"));
            }
            ConditionalRequestDocs.document(method, operation, path.getGET() != null);
            // Quarkus documents @RolesAllowed operations with bare 401 and 403 answers; ours say what the body is.
            for (String status : SECURITY) {
                if (operation.getResponses().hasAPIResponse(status)
                        && operation.getResponses().getAPIResponse(status).getRef() == null) {
                    operation.getResponses().addAPIResponse(status,
                            OASFactory.createAPIResponse().ref("#/components/responses/" + REFS.get(status)));
                }
            }
        });
        return path;
    }

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        OneOfTypes.fix(openApi);
        FormSchemas.fix(openApi);
        MergePatchSchemas.add(openApi);
    }

    private static boolean has(Operation operation, Parameter.In where) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == where);
    }

    private static void add(Operation operation, List<String> statuses) {
        APIResponses responses = operation.getResponses();
        for (String status : statuses) {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status,
                        OASFactory.createAPIResponse().ref("#/components/responses/" + REFS.get(status)));
            }
        }
    }
}
