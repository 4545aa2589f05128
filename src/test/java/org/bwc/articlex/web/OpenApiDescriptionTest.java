package org.bwc.articlex.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.ScenarioTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The OpenAPI description the application serves at {@code /v3/api-docs}, as an integrator downloads it, passes
 * Redocly's linter with its recommended rules ({@code redocly.yaml}): no error and no warning.
 */
@ScenarioTest
class OpenApiDescriptionTest {

    static final Path DESCRIPTION = Path.of("target", "openapi.json");
    static final Path REDOCLY = Path.of("node_modules", ".bin", "redocly");

    @Autowired
    TestRestTemplate http;

    @Test
    void theServedDescriptionPassesTheLinterWithItsRecommendedRules() throws Exception {
        Files.createDirectories(DESCRIPTION.getParent());
        Files.writeString(DESCRIPTION, description().toPrettyString());

        Lint lint = lint(DESCRIPTION);

        assertThat(lint.exitCode()).as(lint.output()).isZero();
        // warnings do not change the exit code: refused here too (a rule that must not apply is switched off in redocly.yaml)
        assertThat(lint.output()).as(lint.output()).contains("Woohoo! Your API description is valid.")
                .doesNotContainPattern("(?m)^\\s*\\d+:\\d+\\s+warning\\s").doesNotContainPattern("You have \\d+ warning");
    }

    /** The lint can fail: the served description without one operation's summary and without HTTP Basic is refused. */
    @Test
    void theLinterRefusesADescriptionWithoutSummaryOrSecurity() throws Exception {
        ObjectNode api = (ObjectNode) description();
        api.remove("security");
        ((ObjectNode) api.at("/paths/~1api~1requests/post")).remove("summary");
        Path broken = Path.of("target", "openapi-without-summary-and-security.json");
        Files.writeString(broken, api.toPrettyString());

        Lint lint = lint(broken);

        assertThat(lint.exitCode()).as(lint.output()).isNotZero();
        assertThat(lint.output()).contains("operation-summary", "security-defined");
    }

    /** {@code /v3/api-docs.yaml} is the same description, for integrators whose tools read YAML. */
    @Test
    void theYamlFormIsTheSameDescription() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("caseworker", "caseworker");
        ResponseEntity<String> yaml = http.exchange("/v3/api-docs.yaml", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(yaml.getStatusCode().value()).isEqualTo(200);

        assertThat(new ObjectMapper(new YAMLFactory()).readTree(yaml.getBody())).isEqualTo(description());
    }

    /**
     * What the linter does not ask but an integrator relies on: HTTP Basic everywhere, a summary and a capability tag
     * on every operation, and the problem+json answers by the operation's shape.
     */
    @Test
    void everyOperationHasASummaryATagAndItsProblemAnswers() {
        JsonNode api = description();
        assertThat(api.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(api.at("/security/0/basicAuth").isArray()).isTrue();
        assertThat(api.at("/components/schemas/Problem/properties/errors/items/required").toString())
                .isEqualTo("[\"field\",\"message\"]");
        assertThat(api.at("/components/responses/BadRequest/content").has("application/problem+json")).isTrue();
        List<String> tags = new ArrayList<>();
        api.get("tags").forEach(t -> tags.add(t.get("name").asText()));
        List<String> operations = new ArrayList<>();
        api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            operations.add(name);
            JsonNode operation = op.getValue();
            JsonNode responses = operation.get("responses");
            assertThat(operation.path("summary").asText()).as(name).isNotBlank();
            assertThat(tags).as(name).contains(operation.at("/tags/0").asText());
            assertThat(operation.toString()).as(name).doesNotContain("\"caller\"").doesNotContain("MultiValueMap");
            assertThat(responses.at("/401/$ref").asText()).as(name).isEqualTo("#/components/responses/Unauthorized");
            assertThat(responses.at("/403/$ref").asText()).as(name).isEqualTo("#/components/responses/Forbidden");
            if (path.getKey().contains("{")) {
                assertThat(responses.at("/404/$ref").asText()).as(name).isEqualTo("#/components/responses/NotFound");
            }
            if (path.getKey().equals("/api/requests/{id}") || path.getKey().equals("/api/states")) {
                assertThat(responses.has("400")).as(name + ": nothing to be invalid").isFalse();
            }
            if (path.getKey().contains("{pledgeId}")) {
                assertThat(responses.has("400")).as(name + ": a number in the path").isTrue();
            }
            if (operation.has("requestBody")) {
                assertThat(responses.at("/400/$ref").asText()).as(name).isEqualTo("#/components/responses/BadRequest");
            }
        }));
        assertThat(operations).hasSizeGreaterThanOrEqualTo(40).contains("POST /api/requests", "POST /api/offers",
                "POST /api/requests/{id}/offer-response", "POST /api/requests/{id}/pledges",
                "POST /api/requests/{id}/completion-report", "POST /api/concerns", "POST /api/states/{iso3}/national-reports");
        assertThat(api.at("/paths/~1api~1requests/post/responses").has("201")).isTrue();
        assertThat(api.at("/paths/~1api~1requests/post/responses").has("200")).isFalse();
        assertThat(api.at("/paths/~1api~1requests/post/responses/201/headers").has("Location")).isTrue();
        assertThat(api.at("/components/responses/Unauthorized/headers").has("WWW-Authenticate")).isTrue();
        assertThat(api.at("/paths/~1api~1requests~1{id}~1pledges/post/responses").has("202")).isTrue();
        assertThat(api.at("/paths/~1api~1concerns/post/responses/422/$ref").asText()).isEqualTo("#/components/responses/Unprocessable");
        assertThat(api.at("/paths/~1api~1metrics~1pipeline/get/parameters").findValuesAsText("name"))
                .containsExactly("from", "to", "region", "category");
    }

    /** The main operations carry an example body an integrator can start from (the linter checks it fits the schema). */
    @Test
    void theMainOperationsCarryExamples() {
        JsonNode paths = description().get("paths");
        for (String path : List.of("/api/requests", "/api/offers", "/api/requests/{id}/offer-response",
                "/api/requests/{id}/pledges", "/api/requests/{id}/completion-report", "/api/concerns",
                "/api/states/{iso3}/national-reports")) {
            assertThat(paths.get(path).at("/post/requestBody/content/application~1json/examples").size()).as(path).isPositive();
        }
        assertThat(paths.at("/~1api~1requests/post/responses/201/content/application~1json/examples/submitted/value/id").asText())
                .isEqualTo("REQ-2026-0001");
    }

    @Test
    void aRequestsScreeningAndFollowUpBlocksAreDescribedByTheirViews() {
        // intake declares them as interfaces (it depends on neither package); the schemas are still the views' own
        JsonNode schemas = description().at("/components/schemas");
        assertThat(schemas.at("/RequestView/properties/screening/$ref").asText()).endsWith("/ScreeningView");
        assertThat(schemas.at("/RequestView/properties/followUp/$ref").asText()).endsWith("/FollowUpView");
        assertThat(schemas.at("/ScreeningView/properties/outcome").isMissingNode()).isFalse();
        assertThat(schemas.at("/FollowUpView/properties/parties").isMissingNode()).isFalse();
    }

    private JsonNode description() {
        Api.Response served = new Api(http).as("caseworker").get("/v3/api-docs");
        assertThat(served.status()).isEqualTo(200);
        return served.json();
    }

    record Lint(int exitCode, String output) {
    }

    /** Redocly CLI from the project's node_modules (the build's {@code npm ci}), offline: no usage data, no update check. */
    static Lint lint(Path description) throws Exception {
        if (!Files.isExecutable(REDOCLY)) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"),
                    "node_modules is missing and `npm ci` failed: install Node.js 20.19 or later with npm, then run `npm ci`");
        }
        return run(List.of(REDOCLY.toString(), "lint", description.toString(), "--format=stylish"), null);
    }

    private static Lint run(List<String> command, String failure) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        builder.environment().put("NO_COLOR", "1");
        Process process;
        try {
            process = builder.start();
        } catch (java.io.IOException e) {
            throw new AssertionError(failure == null ? "cannot run " + command.get(0) + ": run `npm ci` first" : failure, e);
        }
        process.getOutputStream().close();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        process.getInputStream().transferTo(output);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command) + " finished").isTrue();
        Lint result = new Lint(process.exitValue(), output.toString(StandardCharsets.UTF_8));
        if (failure != null) {
            assertThat(result.exitCode()).as(failure + "\n" + result.output()).isZero();
        }
        return result;
    }
}
