package org.bwc.articlex.web;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A number or a boolean sent for a text field of an {@code /api} body is the caller's mistake, not text: Jackson
 * would turn {@code "title": 123} into "123" and {@code true} into "true" (docs/security.md, "Bounded input"). Here
 * it is refused, 400 naming the field ({@link BodyBinding#unreadable}), and a start form in Tasklist, read by the same
 * mapper, is refused the same way. Only Spring's ObjectMapper: the engine REST API keeps its own.
 */
@Configuration
class StrictTextFields {

    static final String MESSAGE = "must be text, not a number or true/false";

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictText() {
        return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
