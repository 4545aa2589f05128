package org.bwc.articlex.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Message bundles as the application reads them: UTF-8 properties from the classpath. */
public final class Bundles {

    private Bundles() {
    }

    public static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
        return properties;
    }
}
