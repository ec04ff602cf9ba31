package dev.corstck.tck.grading;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;

/** Application servlets for the Jetty self-test targets: an API that answers, and redirects of several kinds. */
final class JettyApps {

    private JettyApps() {
    }

    /** An API resource: JSON to every method but OPTIONS, which the servlet default answers (200 with Allow). */
    static HttpServlet api() {
        return new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException,
                    jakarta.servlet.ServletException {
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
                    jakarta.servlet.ServletException {
                if (req.getMethod().equals("OPTIONS")) {
                    super.service(req, resp);
                    return;
                }
                resp.setStatus(status);
                resp.setHeader("Location", location.apply(req));
            }
        };
    }

    /** The request's query, with {@code ?} in front, or nothing. */
    static String query(HttpServletRequest req) {
        return req.getQueryString() == null ? "" : "?" + req.getQueryString();
    }
}
