package dev.inkstone.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents HTTP caching as common/http implements it, from rules rather than per-method annotations: every 200 or
 * 201 carries an ETag (ETagFilter); every GET takes If-None-Match and may answer 304; a PUT, PATCH or DELETE on a
 * path that also has a GET, so that the client can hold an ETag, takes If-Match and may answer 412 (Precondition),
 * and such a PUT that can create (it documents a 201) takes If-None-Match: * to create only.
 */
final class ConditionalRequestDocs {

    private static final String COMPONENTS = "#/components/";

    private ConditionalRequestDocs() {
    }

    static void document(PathItem.HttpMethod method, Operation operation, boolean pathHasGet) {
        APIResponses responses = operation.getResponses();
        for (String status : new String[] { "200", "201" }) {
            APIResponse response = responses.getAPIResponse(status);
            if (response != null && response.getRef() == null
                    && (response.getHeaders() == null || !response.getHeaders().containsKey("ETag"))) {
                response.addHeader("ETag", OASFactory.createHeader().ref(COMPONENTS + "headers/ETag"));
            }
        }
        if (method == PathItem.HttpMethod.GET) {
            operation.addParameter(parameter("IfNoneMatch"));
            respond(responses, "304", "NotModified");
            return;
        }
        boolean itemWrite = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE;
        if (!itemWrite || !pathHasGet) {
            return;
        }
        operation.addParameter(parameter("IfMatch"));
        if (method == PathItem.HttpMethod.PUT && responses.hasAPIResponse("201")) {
            operation.addParameter(parameter("IfNoneMatchOnCreate"));
        }
        respond(responses, "412", "PreconditionFailed");
    }

    private static Parameter parameter(String component) {
        return OASFactory.createParameter().ref(COMPONENTS + "parameters/" + component);
    }

    private static void respond(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(COMPONENTS + "responses/" + component));
        }
    }
}
