package dev.corstck.certification.springmvc;

import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Spring MVC (Spring Boot, embedded Tomcat) serving the certification API. {@code CORS_CONFIG} picks the CORS
 * configuration, as the Spring profile {@code cors-<configuration>}: {@code documented} (global {@code WebMvcConfigurer.addCorsMappings}),
 * {@code per-route} ({@code @CrossOrigin} on the handler methods) or {@code default} (a bare
 * {@code registry.addMapping("/api/**")}, Spring's defaults).
 */
@SpringBootApplication
public class Main {

    static final Set<String> CONFIGURATIONS = Set.of("documented", "per-route", "default");

    public static void main(String[] args) {
        String config = System.getenv().getOrDefault("CORS_CONFIG", "documented");
        if (!CONFIGURATIONS.contains(config)) {
            System.err.println("CORS_CONFIG must be one of " + CONFIGURATIONS + ", not " + config);
            System.exit(2);
        }
        SpringApplication app = new SpringApplication(Main.class);
        // Profiles are "cors-<configuration>" ("default" alone is a reserved Spring profile name).
        app.setAdditionalProfiles("cors-" + config);
        app.run(args);
    }
}
