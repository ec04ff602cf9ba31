package dev.corstck.certification.springwebflux;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.web.reactive.config.CorsRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/** Global CORS, as the Spring Framework reference (WebFlux, "CORS", "Global Configuration") shows it. */
final class CorsConfig {

    private CorsConfig() {
    }

    /** {@code documented}: every option of the declared policy set on one mapping for the API. */
    @Configuration(proxyBeanMethods = false)
    @Profile("cors-documented")
    static class Documented implements WebFluxConfigurer {
        @Override
        public void addCorsMappings(CorsRegistry registry) {
            registry.addMapping("/api/**")
                    .allowedOrigins(Policy.ORIGINS)
                    .allowedMethods(Policy.METHODS)
                    .allowedHeaders(Policy.ALLOWED_HEADERS)
                    .exposedHeaders(Policy.EXPOSED_HEADER)
                    .allowCredentials(true)
                    .maxAge(Policy.MAX_AGE);
        }
    }

    /**
     * {@code default}: the mapping alone, as users often first write it. Spring then applies its defaults: all
     * origins ({@code *}), GET, HEAD and POST only, all request headers, no credentials, max age 1800 s.
     */
    @Configuration(proxyBeanMethods = false)
    @Profile("cors-default")
    static class Defaults implements WebFluxConfigurer {
        @Override
        public void addCorsMappings(CorsRegistry registry) {
            registry.addMapping("/api/**");
        }
    }
}
