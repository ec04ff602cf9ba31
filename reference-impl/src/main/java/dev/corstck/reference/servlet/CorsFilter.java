package dev.corstck.reference.servlet;

import dev.corstck.reference.decision.CorsProcessor;
import dev.corstck.reference.decision.Decision;
import dev.corstck.reference.decision.Handling;
import dev.corstck.reference.header.CorsHeaders;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.reference.policy.FileProblem;
import dev.corstck.reference.policy.PolicyFile;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Applies a {@link CorsPolicy} in any Servlet 6 container (Tomcat 10.1+, Jetty 12 ee10, Spring Boot 3). Register it
 * first in the chain, before authentication, so that preflights are answered before anything asks for credentials,
 * and for the {@code ERROR} dispatch too, so that error pages served by a dispatch carry the CORS headers. (On
 * {@code sendError} Jetty drops {@code Vary} with the other content headers; its error page is {@code no-store}.)
 *
 * <pre>{@code
 * context.addFilter(new FilterHolder(new CorsFilter(CorsPolicy.builder()
 *         .origins("https://myapp.com").credentials(true).build())), "/*",
 *         EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
 * }</pre>
 *
 * <p>In {@code web.xml}, use the no-argument constructor and the init-param {@value #POLICY_FILE_PARAM} naming a
 * policy file. The application's own {@code Vary} is merged, never replaced, even when it is set after this filter.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class CorsFilter implements Filter {

    /** The init-param naming the policy file when the filter is created by the container. */
    public static final String POLICY_FILE_PARAM = "policyFile";

    private volatile @Nullable CorsProcessor processor;

    /** For containers: the policy comes from the {@value #POLICY_FILE_PARAM} init-param. */
    public CorsFilter() {
    }

    public CorsFilter(CorsPolicy policy) {
        this.processor = new CorsProcessor(Objects.requireNonNull(policy, "policy must not be null"));
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        if (processor != null) {
            return;
        }
        String file = config.getInitParameter(POLICY_FILE_PARAM);
        if (file == null) {
            throw new ServletException("CorsFilter needs a policy: set the init-param " + POLICY_FILE_PARAM
                    + " to a policy file, or construct it with a CorsPolicy");
        }
        PolicyFile.Loaded loaded = PolicyFile.load(Path.of(file));
        if (loaded instanceof PolicyFile.Loaded.Invalid invalid) {
            throw new ServletException("invalid CORS policy file:\n" + invalid.problems().stream()
                    .map(FileProblem::toString).collect(Collectors.joining("\n")));
        }
        processor = new CorsProcessor(((PolicyFile.Loaded.Valid) loaded).policy());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CorsProcessor p = processor;
        if (p == null) {
            throw new ServletException("CorsFilter was not initialized");
        }
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)) {
            chain.doFilter(request, response);
            return;
        }
        Decision decision = p.decide(http.getMethod(), headers(http));
        VaryPreservingResponse wrapped = new VaryPreservingResponse(out, decision.headers());
        wrapped.applyCorsHeaders();
        if (decision.handling() instanceof Handling.Answer answer) {
            out.setStatus(answer.status());
            out.setContentLength(0);
            return;
        }
        chain.doFilter(request, wrapped);
    }

    private static HeaderList headers(HttpServletRequest request) {
        HeaderList.Builder headers = HeaderList.builder();
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                headers.add(name, value);
            }
        }
        return headers.build();
    }

    /** Answer whether {@code field} is a {@code Vary} line. */
    static boolean isVary(HeaderField field) {
        return field.hasName(CorsHeaders.VARY);
    }
}
