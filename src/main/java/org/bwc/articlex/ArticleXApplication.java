package org.bwc.articlex;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ArticleXApplication {

    public static void main(String[] args) {
        SpringApplication.run(ArticleXApplication.class, args);
    }
}
