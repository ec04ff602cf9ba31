package dev.corstck.tck.grading;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.function.Function;

/** Application servlets for the Jetty self-test targets: an API that answers, and redirects of several kinds. */
final class JettyApps {

    private JettyApps() {
    }

    /** A servlet answering every method but OPTIONS (the servlet default: 200 with Allow) with {@code body}. */
    static HttpServlet answering(HandRolled body) {
        return new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException,
                    ServletException {
                if (req.getMethod().equals("OPTIONS")) {
                    super.service(req, resp);
                    return;
                }
                body.filter(req, resp, null);
            }
        };
    }

    /** An API resource: JSON to every method but OPTIONS, which the servlet default answers (200 with Allow). */
    static HttpServlet api() {
        return new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException,
                    ServletException {
                if (req.getMethod().equals("OPTIONS")) {
                    super.service(req, resp);
                    return;
                }
                resp.setContentType("application/json");
                resp.getWriter().write("{\"ok\":true}");
            }
        };
    }

    /** Redirect every call but OPTIONS with {@code status} to the Location {@code location} computes from it. */
    static HttpServlet redirect(int status, Function<HttpServletRequest, String> location) {
        return new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException,
                    ServletException {
                if (req.getMethod().equals("OPTIONS")) {
                    super.service(req, resp);
                    return;
                }
                resp.setStatus(status);
                resp.setHeader("Location", location.apply(req));
            }
        };
    }

    /** CORS written by hand in a servlet filter, as tutorials show it: the filter's body, with the chain. */
    @FunctionalInterface
    interface HandRolled {
        void filter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException,
                ServletException;
    }

    /** A servlet filter running {@code body}. */
    static Filter handRolled(HandRolled body) {
        return (req, resp, chain) -> body.filter((HttpServletRequest) req, (HttpServletResponse) resp, chain);
    }

    /** Answer whether the request is a CORS preflight: OPTIONS with Origin and Access-Control-Request-Method. */
    static boolean isPreflight(HttpServletRequest req) {
        return req.getMethod().equals("OPTIONS") && req.getHeader("Origin") != null
                && req.getHeader("Access-Control-Request-Method") != null;
    }

    /** The request's query, with {@code ?} in front, or nothing. */
    static String query(HttpServletRequest req) {
        return req.getQueryString() == null ? "" : "?" + req.getQueryString();
    }
}
