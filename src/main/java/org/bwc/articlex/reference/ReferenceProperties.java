package org.bwc.articlex.reference;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where the reference data comes from. {@code contactEmails} overrides a State's contact point address
 * (e.g. {@code ARTICLEX_REFERENCE_CONTACT_EMAILS_KEN=...}).
 */
@ConfigurationProperties("articlex.reference")
public record ReferenceProperties(Resource statesResource, Resource developmentResource, Map<String, String> contactEmails) {

    public ReferenceProperties {
        contactEmails = contactEmails == null ? Map.of() : Map.copyOf(contactEmails);
    }
}
