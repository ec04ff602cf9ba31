package dev.corstck.reference.servlet;

import dev.corstck.reference.header.CorsHeaders;
import dev.corstck.reference.header.VaryMerge;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.ArrayList;
import java.util.List;

/**
 * A response whose {@code Vary} always keeps the CORS names: when the application sets or adds {@code Vary} later,
 * its names are merged with ours instead of replacing them (see fetch#cors-protocol-and-http-caches). A
 * {@link #reset()} puts the CORS headers back, so error pages keep them.
 */
final class VaryPreservingResponse extends HttpServletResponseWrapper {

    private final HeaderList cors;
    private final List<String> varyNames = new ArrayList<>();

    VaryPreservingResponse(HttpServletResponse response, HeaderList cors) {
        super(response);
        this.cors = cors;
        for (HeaderField f : cors.fields()) {
            if (CorsFilter.isVary(f)) {
                varyNames.addAll(List.of(f.value().split(", ")));
            }
        }
    }

    /** Set the decision's headers on the wrapped response. */
    void applyCorsHeaders() {
        for (HeaderField f : cors.fields()) {
            if (!CorsFilter.isVary(f)) {
                super.setHeader(f.name(), f.value());
            }
        }
        mergeVary(List.copyOf(getHeaders(CorsHeaders.VARY)));
    }

    @Override
    public void setHeader(String name, String value) {
        if (name.equalsIgnoreCase(CorsHeaders.VARY)) {
            mergeVary(value == null ? List.of() : List.of(value));
        } else {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (name.equalsIgnoreCase(CorsHeaders.VARY)) {
            List<String> lines = new ArrayList<>(getHeaders(CorsHeaders.VARY));
            lines.add(value);
            mergeVary(lines);
        } else {
            super.addHeader(name, value);
        }
    }

    @Override
    public void reset() {
        super.reset();
        applyCorsHeaders();
    }

    private void mergeVary(List<String> applicationLines) {
        if (varyNames.isEmpty() && applicationLines.isEmpty()) {
            return;
        }
        super.setHeader(CorsHeaders.VARY, VaryMerge.mergedValue(applicationLines, varyNames));
    }
}
