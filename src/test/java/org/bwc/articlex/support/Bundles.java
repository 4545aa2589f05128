package org.bwc.articlex.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** Message bundles as the application reads them: UTF-8 properties from the classpath. */
public final class Bundles {

    private Bundles() {
    }

    /** The argument numbers a MessageFormat pattern uses ({0}, {1}): a translation uses the same. */
    public static Set<Integer> arguments(String pattern) {
        Set<Integer> used = new TreeSet<>();
        MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
        for (int i = 0; i < format.getFormatsByArgumentIndex().length; i++) {
            if (pattern.contains("{" + i + "}")) {
                used.add(i);
            }
        }
        return used;
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
