package org.bwc.articlex.reference;

import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReferenceDataConfiguration {

    @Bean
    StatesRegistry statesRegistry(ReferenceProperties properties) throws IOException {
        return StatesRegistry.load(properties.statesResource().getInputStream(),
                properties.developmentResource().getInputStream(), properties.contactEmails());
    }
}
