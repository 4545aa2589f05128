package bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Nothing but the Camunda starter: engine, webapps, REST API. */
@SpringBootApplication
public class BareStarterApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareStarterApplication.class, args);
    }
}
