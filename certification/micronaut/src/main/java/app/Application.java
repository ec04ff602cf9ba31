package app;

import io.micronaut.runtime.Micronaut;

/** Starts the Micronaut server; {@code CORS_CONFIG} names the environment whose application-ENV.yml applies. */
public final class Application {

    public static void main(String[] args) {
        String config = System.getenv().getOrDefault("CORS_CONFIG", "documented");
        Micronaut.build(args).mainClass(Application.class).environments(config).start();
    }
}
