package org.bwc.articlex;

import org.bwc.articlex.demo.GeneratorRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ArticleXApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(ArticleXApplication.class, args);
        // started as the data generator (--articlex.generate=N, docs/metrics.md): it has run; stop, as a tool does
        if (GeneratorRunner.exitsAfterwards(context.getEnvironment())) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
