package dev.corstck.tck.simulator.fetch;

import dev.corstck.fetch.response.Outcome;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.Responder;
import dev.corstck.tck.simulator.Block;
import dev.corstck.tck.simulator.BrowserProfile;
import dev.corstck.tck.simulator.ConsoleMessages;
import dev.corstck.tck.simulator.Engine;
import dev.corstck.tck.simulator.FetchRequest;
import dev.corstck.tck.simulator.FetchUrl;
import dev.corstck.tck.simulator.Prediction;
import dev.corstck.tck.simulator.ResponseType;
import dev.corstck.tck.simulator.SimulatedClock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One simulated browser's fetch machinery: a profile, its preflight cache and cookie jar, and a clock. Not thread-safe;
 * use one per thread.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class FetchAlgorithm {

    private final BrowserProfile profile;
    private final SimulatedClock clock;
    private final PreflightCache cache;
    private final CookieJar jar;

    public FetchAlgorithm(BrowserProfile profile, SimulatedClock clock) {
        this.profile = profile;
        this.clock = clock;
        this.cache = PreflightCache.create(profile);
        this.jar = new CookieJar(profile.cookies());
    }

    /** Run {@code request} against {@code responder} and predict what script sees; never throws for bad responses. */
    public Prediction fetch(FetchRequest request, Responder responder) {
        RequestConstructor.Construction c = RequestConstructor.construct(request, profile);
        if (c instanceof RequestConstructor.Thrown t) {
            return thrown(request, t);
        }
        FetchState s = ((RequestConstructor.Built) c).state();
        FetchResult r = MainFetch.run(new FetchParams(s, responder, cache, jar, clock));
        return PredictionBuilder.build(s, r);
    }

    /** Hold a first-party cookie for {@code url}, as if the user had visited it; ignored when the URL is invalid. */
    public void seedCookie(String url, String setCookie) {
        FetchUrl.parse(url).ifPresent(u -> jar.seedFirstParty(u, setCookie));
    }

    /** Count the preflight cache's live entries (items for per-URL caches). */
    public int cacheSize() {
        return cache.size();
    }

    private Prediction thrown(FetchRequest request, RequestConstructor.Thrown t) {
        Trace trace = new Trace();
        trace.failed(t.failure().reason().anchor(), "construct the Request", t.failure().reason().name()
                .toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + t.failure().detail());
        List<String> lines = ConsoleWording.thrown(t.failure(), t.method(), request.url());
        ConsoleMessages console = new ConsoleMessages(Map.of(Engine.CHROMIUM, lines, Engine.FIREFOX, lines,
                Engine.WEBKIT, lines));
        return new Prediction(profile.engine(), Outcome.THROWS_SYNC, ResponseType.NONE, 0, "", HeaderList.empty(),
                List.of(), trace.explanation(), Optional.of(new Block(t.failure().reason(), t.failure().detail(),
                console)));
    }
}
