package dev.corstck.certification.springwebflux;

/** The shared declared policy (certification/policy.yaml), as Spring CORS settings. */
final class Policy {
    static final String[] ORIGINS = {"https://app.localhost", "http://localhost:5173", "http://127.0.0.1:5173"};
    static final String[] METHODS = {"GET", "POST", "PUT", "DELETE"};
    static final String[] ALLOWED_HEADERS = {"Content-Type", "Authorization", "X-Request-Id"};
    static final String EXPOSED_HEADER = "X-Total-Count";
    static final long MAX_AGE = 600;

    private Policy() {
    }
}
