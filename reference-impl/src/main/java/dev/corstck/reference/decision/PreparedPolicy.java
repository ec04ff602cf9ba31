package dev.corstck.reference.decision;

import dev.corstck.reference.header.CorsHeaders;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.reference.policy.AllowedHeaders;
import dev.corstck.reference.policy.AllowedOrigins;
import dev.corstck.reference.policy.CorsPolicy;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A policy's header values and lookup sets, computed once so that each decision only compares and copies. */
final class PreparedPolicy {

    final CorsPolicy policy;
    final boolean anyOrigin;
    final boolean varyOrigin;
    final boolean reflectHeaders;
    final Set<String> methods;
    final boolean anyMethod;
    final Set<String> headerNames;
    final boolean anyHeader;
    final String allowMethods;
    final String allowHeaders;
    final String exposeHeaders;
    final String maxAge;
    final String preflightVary;
    final HeaderList notCors;
    final HeaderList originDenied;
    final Handling answered;

    PreparedPolicy(CorsPolicy policy) {
        this.policy = policy;
        anyOrigin = policy.origin() instanceof AllowedOrigins.Any;
        varyOrigin = policy.variesByOrigin();
        reflectHeaders = policy.allowedHeaders() instanceof AllowedHeaders.Reflect;
        methods = Set.copyOf(policy.methods());
        anyMethod = methods.contains("*") && !policy.credentials();
        List<String> names = policy.allowedHeaders() instanceof AllowedHeaders.Listed l ? l.names() : List.of();
        headerNames = lowercase(names);
        anyHeader = headerNames.contains("*") && !policy.credentials();
        allowMethods = String.join(",", policy.methods());
        allowHeaders = String.join(",", names);
        exposeHeaders = String.join(",", policy.exposedHeaders());
        maxAge = policy.maxAge().isPresent() ? Integer.toString(policy.maxAge().getAsInt()) : "";
        preflightVary = varyOrigin
                ? (reflectHeaders ? "Origin, " + CorsHeaders.REQUEST_HEADERS : "Origin")
                : (reflectHeaders ? CorsHeaders.REQUEST_HEADERS : "");
        HeaderList vary = varyOrigin ? HeaderList.of(CorsHeaders.VARY, "Origin") : HeaderList.empty();
        notCors = anyOrigin ? actualHeaders("*") : vary;
        originDenied = vary;
        answered = policy.preflightContinue() ? new Handling.PassOn()
                : new Handling.Answer(policy.optionsSuccessStatus());
    }

    /** The headers of an allowed actual request answered with {@code allowOrigin}. */
    HeaderList actualHeaders(String allowOrigin) {
        HeaderList.Builder out = HeaderList.builder();
        out.add(CorsHeaders.ALLOW_ORIGIN, allowOrigin);
        if (policy.credentials()) {
            out.add(CorsHeaders.ALLOW_CREDENTIALS, "true");
        }
        if (!exposeHeaders.isEmpty()) {
            out.add(CorsHeaders.EXPOSE_HEADERS, exposeHeaders);
        }
        if (varyOrigin) {
            out.add(CorsHeaders.VARY, "Origin");
        }
        return out.build();
    }

    private static Set<String> lowercase(List<String> names) {
        Set<String> out = new HashSet<>();
        for (String name : names) {
            out.add(name.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }
}
