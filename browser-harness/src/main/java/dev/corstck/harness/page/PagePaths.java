package dev.corstck.harness.page;

import dev.corstck.harness.PageOrigin;
import java.net.URI;
import org.apiguardian.api.API;

/** The fixed paths the page server answers, and the URL a browser loads for a page origin. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PagePaths {

    /** The blank page with the glue. */
    public static final String PAGE = "/__cors-tck/page.html";
    /** A page whose only content is a sandboxed iframe that runs the glue (an opaque origin). */
    public static final String OPAQUE_HOST = "/__cors-tck/opaque.html";
    /** The sandboxed frame's document. */
    public static final String FRAME = "/__cors-tck/frame.html";
    /** The glue script. */
    public static final String GLUE = "/__cors-tck/glue.js";
    /** A same-origin resource (for {@code basic} responses). */
    public static final String ECHO = "/__cors-tck/echo";

    private PagePaths() {}

    /** Return the URL to load so that the glue runs with {@code origin} (opaque origins load the frame host). */
    public static URI pageUrl(PageOrigin origin) {
        return URI.create(origin.hostOrigin().tupleString() + (origin.isOpaque() ? OPAQUE_HOST : PAGE));
    }

    /** Return the same-origin echo URL of {@code origin}. */
    public static URI echoUrl(PageOrigin origin) {
        return URI.create(origin.hostOrigin().tupleString() + ECHO);
    }
}
