package org.bwc.articlex.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs} (and {@code .yaml}) as integrators read it: HTTP Basic on every
 * operation, one tag per capability, and the problem+json answers every operation shares, added here by the shape of
 * the operation (every one: 401 and 403; an id in the path: 404; input that can be invalid: 400; a change to an
 * existing case: 409)
 * so that controllers annotate only what is their own (summaries, created/accepted, 422, examples).
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String BASIC = "basicAuth";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    /** Capability package → tag, in the order an integrator walks a case. */
    static final Map<String, Tag> TAGS = tags(
            "intake", "Requests", "Assistance requests of States Parties: submit, read, clarify, withdraw",
            "screening", "Screening decisions", "The Article III / Article X decisions recorded on a request",
            "matching", "Offers and matching", "Offers of assistance, the open needs and the offering party's answer to a match",
            "funding", "Funding", "Pledges of donors, their confirmation and receipt, and the funding of a request",
            "reporting", "Implementation and reporting", "Implementation events and the completion report",
            "followup", "Follow-up", "The follow-up a year after completion and a follow-on request",
            "concern", "Concerns", "Article X concerns (dispute settlement) about a request",
            "nationalreports", "National reports", "The yearly national Article X implementation reports of States Parties",
            "notification", "Notifications", "Notification feeds of States Parties and organisations",
            "reference", "Reference data", "States Parties, regional groups and assistance categories",
            "metrics", "Metrics", "Figures of the manager view (managers and administrators)");

    @Bean
    OpenAPI articleXApi() {
        return new OpenAPI()
                .info(new Info().title("Article X Assistance Engine API").version("1")
                        .description("""
                                Requests for assistance and cooperation under Article X of the Biological Weapons \
                                Convention, from submission through screening, matching, funding and implementation to \
                                the completion report, with concerns, national reports, notifications and metrics.

                                Authentication: HTTP Basic with the same users as Tasklist. A State Party sees and acts \
                                on its own cases only: another party's case answers 404, never its data. Errors are \
                                `application/problem+json` (RFC 9457); invalid input names each field in `errors`. \
                                Unknown JSON fields are refused. Times are ISO-8601 UTC; money is \
                                `{"amount": "12500.00", "currency": "USD"}` with the amount as a decimal string.

                                The processes behind the operations, security and configuration are described in the \
                                repository's `README.md` and `docs/`."""))
                .servers(List.of(new Server().url("/").description("This installation (the host that serves this description)")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The user id and password of the Tasklist user")));
    }

    /** The capability tags, the Problem schema and the standard problem answers of every operation. */
    @Bean
    OpenApiCustomizer standardProblemAnswers() {
        return api -> {
            api.setTags(List.copyOf(TAGS.values()));
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getComponents().setResponses(new TreeMap<>(Map.of(
                    "BadRequest", problem("Invalid input: each field and what is wrong with it; nothing was written",
                            400, "Invalid request", "title: must not be blank", Map.of("field", "title", "message", "must not be blank")),
                    "Unauthorized", problem("No or wrong credentials (HTTP Basic)", 401, "Unauthorized",
                            "Full authentication is required to access this resource", null)
                            .addHeaderObject("WWW-Authenticate", new Header().description("The HTTP Basic challenge")
                                    .schema(new StringSchema().example("Basic realm=\"Article X Assistance Engine\""))),
                    "Forbidden", problem("The caller is known but may not take this action", 403, "Forbidden",
                            "You may act only for the party you represent", null),
                    "NotFound", problem("Unknown, or not visible to the caller: another party's case is never shown", 404,
                            "Not found", "No request REQ-2026-0001", null),
                    "Conflict", problem("The case is not in a state that accepts this action; nothing changed", 409,
                            "Conflict with the state of the case", "REQ-2026-0001 is not waiting for this answer", null),
                    "Unprocessable", problem("Well-formed input that names something the case cannot take now; nothing was written",
                            422, "Unprocessable request", "year: the national reports of 2031 are not open",
                            Map.of("field", "year", "message", "the national reports of 2031 are not open")),
                    "ServiceUnavailable", problem("The database cannot be reached for the moment (a restart, a fail-over); nothing "
                            + "was written. Try again after Retry-After seconds", 503, "Service unavailable",
                            "The database cannot be reached at the moment; nothing was recorded. Try again after 10 seconds", null)
                            .addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again")
                                    .schema(new StringSchema().example("10"))))));
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    addStandardAnswers(method, operation)));
        };
    }

    private static void addStandardAnswers(PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean pathId = parameters.stream().anyMatch(p -> "path".equals(p.getIn()));
        // a text id in the path is never invalid, only unknown (404); a number in the path or any other input can be
        boolean input = operation.getRequestBody() != null || parameters.stream().anyMatch(p -> !"path".equals(p.getIn())
                || !isText(p.getSchema()));
        if (input) {
            responses.putIfAbsent("400", ref("BadRequest"));
        }
        responses.putIfAbsent("401", ref("Unauthorized"));
        responses.putIfAbsent("403", ref("Forbidden"));
        responses.putIfAbsent("503", ref("ServiceUnavailable"));
        if (pathId) {
            responses.putIfAbsent("404", ref("NotFound"));
        }
        if (method == PathItem.HttpMethod.POST && pathId) {
            responses.putIfAbsent("409", ref("Conflict"));
        }
        operation.setResponses(sorted(responses));
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().values().forEach(ApiDescription::withoutNameAsDescription);
        }
        responses.values().stream().filter(r -> r.getContent() != null)
                .forEach(r -> r.getContent().values().forEach(ApiDescription::withoutNameAsDescription));
    }

    /** springdoc repeats an example's name as its description: the name is enough. */
    private static void withoutNameAsDescription(MediaType media) {
        if (media.getExamples() != null) {
            media.getExamples().forEach((name, example) -> {
                if (name.equals(example.getDescription())) {
                    example.setDescription(null);
                }
            });
        }
    }

    /** Each operation under the tag of its controller's capability package. */
    @Bean
    OperationCustomizer capabilityTag() {
        return (operation, handler) -> {
            String packageName = handler.getBeanType().getPackageName();
            Tag tag = TAGS.get(packageName.substring(packageName.lastIndexOf('.') + 1));
            if (tag != null) {
                operation.setTags(List.of(tag.getName()));
            }
            return operation;
        };
    }

    /** OpenAPI 3.1 schemas carry their type in {@code types}, 3.0 ones in {@code type}. */
    private static boolean isText(Schema<?> schema) {
        return schema != null && ("string".equals(schema.getType()) || schema.getTypes() != null && schema.getTypes().contains("string"));
    }

    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses ordered = new ApiResponses();
        new TreeMap<>(responses).forEach(ordered::addApiResponse);
        return ordered;
    }

    private static ApiResponse ref(String name) {
        return new ApiResponse().$ref("#/components/responses/" + name);
    }

    private static ApiResponse problem(String description, int status, String title, String detail, Map<String, String> error) {
        Map<String, Object> value = new java.util.LinkedHashMap<>();
        value.put("type", "about:blank");
        value.put("title", title);
        value.put("status", status);
        value.put("detail", detail);
        value.put("instance", "/api/requests/REQ-2026-0001");
        if (error != null) {
            value.put("errors", List.of(error));
        }
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                        .addExamples(title.replace(" ", ""), new Example().summary(title).value(value))));
    }

    /** RFC 9457 problem details, with the fields of invalid input. */
    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema().description("An error (RFC 9457 problem details); invalid input names each field in `errors`")
                .addProperty("type", new StringSchema().format("uri-reference").example("about:blank"))
                .addProperty("title", new StringSchema().description("A short summary of the kind of problem"))
                .addProperty("status", new IntegerSchema().description("The HTTP status code"))
                .addProperty("detail", new StringSchema().description("What went wrong with this request"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The path that was called"))
                .addProperty("errors", new ArraySchema().description("Invalid input only: one entry per field")
                        .items(new ObjectSchema().addProperty("field", new StringSchema().description("The field, e.g. `items[0].quantity`"))
                                .addProperty("message", new StringSchema().description("What is wrong with it"))
                                .required(List.of("field", "message"))))
                .required(List.of("title", "status"));
    }

    private static Map<String, Tag> tags(String... packageNameDescription) {
        Map<String, Tag> tags = new java.util.LinkedHashMap<>();
        for (int i = 0; i < packageNameDescription.length; i += 3) {
            tags.put(packageNameDescription[i], new Tag().name(packageNameDescription[i + 1]).description(packageNameDescription[i + 2]));
        }
        return tags;
    }
}
