package org.bwc.articlex.metrics;

import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Region;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The metrics endpoints read their query as a map ({@link MetricsFilter} refuses what it does not know): the API
 * description lists the parameters {@link MetricsFilter} takes instead of one opaque {@code params} object.
 */
@Component
class MetricsApiParameters implements OperationCustomizer {

    @Override
    public io.swagger.v3.oas.models.Operation customize(io.swagger.v3.oas.models.Operation operation,
            org.springframework.web.method.HandlerMethod handler) {
        boolean takesFilter = handler.getBeanType().equals(MetricsController.class) && Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> MultiValueMap.class.isAssignableFrom(p.getParameterType()));
        if (!takesFilter || operation.getParameters() == null) {
            return operation;
        }
        List<Parameter> parameters = new ArrayList<>(operation.getParameters().stream()
                .filter(p -> !"params".equals(p.getName())).toList());
        boolean yearly = handler.getMethod().getName().equals("yearly");
        if (yearly) {
            parameters.add(query("year", new IntegerSchema().minimum(java.math.BigDecimal.valueOf(1900))
                    .maximum(java.math.BigDecimal.valueOf(2999)), "The year of the report (default: this year)"));
            parameters.add(query("format", new StringSchema()._enum(List.of("json", "csv")),
                    "`csv` for a spreadsheet; also chosen by `Accept: text/csv`"));
        } else {
            parameters.add(query("from", new StringSchema().format("date"), "Requests submitted on or after this day (UTC)"));
            parameters.add(query("to", new StringSchema().format("date"), "Requests submitted on or before this day (UTC)"));
        }
        parameters.add(query("region", new StringSchema()._enum(Arrays.stream(Region.values()).map(Enum::name).toList()),
                "The requesting State's UN regional group"));
        parameters.add(query("category", new StringSchema()._enum(Arrays.stream(AssistanceCategory.values()).map(Enum::name).toList()),
                "The assistance category"));
        operation.setParameters(parameters);
        return operation;
    }

    private static Parameter query(String name, Schema<?> schema, String description) {
        return new Parameter().in("query").name(name).required(false).schema(schema).description(description);
    }
}
