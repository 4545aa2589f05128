package org.bwc.articlex.reference;

import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReferenceDataConfiguration {

    /**
     * The reference lists' directory ({@code articlex.reference.directory}, default: the shipped files).
     * The organisations are read from it here, at start; the screening lists by the screening configuration.
     */
    @Bean
    ReferenceDirectory referenceDirectory(
            @org.springframework.beans.factory.annotation.Value("${articlex.reference.directory:}") String directory) {
        ReferenceDirectory dir = ReferenceDirectory.of(directory);
        if (!directory.isBlank()) {
            Organisations.use(dir);
        }
        return dir;
    }

    @Bean
    StatesRegistry statesRegistry(ReferenceProperties properties) throws IOException {
        return StatesRegistry.load(properties.statesResource().getInputStream(),
                properties.developmentResource().getInputStream(), properties.contactEmails());
    }
}
