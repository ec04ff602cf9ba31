package dev.corstck.certification.springmvc;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Global CORS, as the Spring Framework reference ("CORS", "Global Configuration", Java configuration) shows it. */
final class CorsConfig {

    private CorsConfig() {
    }

    /** {@code documented}: every option of the declared policy set on one mapping for the API. */
    @Configuration(proxyBeanMethods = false)
    @Profile("cors-documented")
    static class Documented implements WebMvcConfigurer {
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
    static class Defaults implements WebMvcConfigurer {
        @Override
        public void addCorsMappings(CorsRegistry registry) {
            registry.addMapping("/api/**");
        }
    }
}
