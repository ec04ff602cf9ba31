package dev.corstck.tck.explain;

import dev.corstck.fetch.http.RawRequest;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.fetch.http.Responder;
import dev.corstck.fetch.http.ResponderException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The responses a request is explained on, as a {@link Responder} for the simulator: recorded ones (a HAR) or live
 * ones (the wire prober). A recorded source may not hold what the simulated browser asks for; it then fails that
 * request with {@link MissingEvidence} and says what is missing, so the explanation is {@code UNKNOWN}, not a guess.
 *
 * <p>State is kept per simulator run ({@link #startRun}); not thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class Evidence implements Responder {

    private final List<String> missing = new ArrayList<>();
    private final List<String> assumptions = new ArrayList<>();
    private final List<String> served = new ArrayList<>();
    private boolean grantUnrecordedPreflight;
    private PreflightSource preflightSource = PreflightSource.NOT_NEEDED;

    /** A response the source does not hold; the message says what is missing. */
    public static final class MissingEvidence extends ResponderException {
        private static final long serialVersionUID = 1L;

        public MissingEvidence(String message) {
            super(message);
        }
    }

    /**
     * Begin one simulator run. With {@code grant}, a preflight the source does not hold is answered as granted
     * (used where the recording shows the browser sent the actual request, so its preflight passed).
     */
    final void startRun(boolean grant) {
        missing.clear();
        assumptions.clear();
        served.clear();
        grantUnrecordedPreflight = grant;
        preflightSource = PreflightSource.NOT_NEEDED;
    }

    @Override
    public final RawResponse respond(String origin, RawRequest request) throws ResponderException {
        boolean preflight = isPreflight(request);
        try {
            RawResponse r = answer(origin, request, preflight);
            if (preflight && preflightSource == PreflightSource.NOT_NEEDED) {
                preflightSource = defaultPreflightSource();
            }
            return r;
        } catch (MissingEvidence e) {
            if (preflight && grantUnrecordedPreflight) {
                preflightSource = PreflightSource.RECONSTRUCTED;
                assumptions.add("the preflight is not in the input; the browser sent the actual request, so it passed");
                return Grants.grantFor(request);
            }
            if (preflight) {
                preflightSource = PreflightSource.RECONSTRUCTED;
            }
            missing.add(e.getMessage());
            throw e;
        }
    }

    /** Answer {@code request} from this source. @throws MissingEvidence when the source does not hold the answer */
    protected abstract RawResponse answer(String origin, RawRequest request, boolean preflight)
            throws ResponderException;

    /** Answer whether the input shows the actual request went on the wire (a response to it was recorded). */
    protected boolean actualWasSent() {
        return false;
    }

    /** Where a preflight this source answered comes from. */
    protected abstract PreflightSource defaultPreflightSource();

    /** Record that an answer relied on something the input does not show (a status not recorded). */
    protected final void assume(String what) {
        assumptions.add(what);
    }

    /** Record which recorded item answered a request (for the text: {@code entry 3}). */
    protected final void served(String what) {
        served.add(what);
    }

    /** Mark the preflight of this run as coming from {@code source}. */
    protected final void preflightFrom(PreflightSource source) {
        preflightSource = source;
    }

    final List<String> missing() {
        return List.copyOf(missing);
    }

    final List<String> assumptions() {
        return List.copyOf(assumptions);
    }

    final List<String> servedItems() {
        return List.copyOf(served);
    }

    final PreflightSource preflightSource() {
        return preflightSource;
    }

    /** A CORS-preflight request: {@code OPTIONS} with {@code Access-Control-Request-Method}. */
    static boolean isPreflight(RawRequest request) {
        return request.method().toUpperCase(Locale.ROOT).equals("OPTIONS")
                && request.headers().contains("Access-Control-Request-Method");
    }
}
