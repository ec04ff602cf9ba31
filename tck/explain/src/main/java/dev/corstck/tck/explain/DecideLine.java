package dev.corstck.tck.explain;

import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.request.RequestMode;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.reports.curl.ShellQuote;
import dev.corstck.tck.simulator.FetchRequest;
import java.util.ArrayList;
import java.util.List;

/** The {@code cors-tck explain --url …} line that asks the live server what the input did not record. */
final class DecideLine {

    private DecideLine() {
    }

    static String of(FetchRequest r, List<CredentialsMode> modes) {
        List<String> words = new ArrayList<>(List.of("cors-tck", "explain", "--url", ShellQuote.quote(r.url()),
                "--origin", ShellQuote.quote(r.origin().serialize())));
        if (!r.method().equals("GET")) {
            words.add("--method " + ShellQuote.quote(r.method()));
        }
        for (HeaderField h : r.headers().fields()) {
            words.add("--header " + ShellQuote.quote(h.name() + ": " + h.value()));
        }
        if (modes.size() == 1) {
            words.add("--credentials " + (modes.get(0) == CredentialsMode.INCLUDE ? "include" : "omit"));
        }
        if (r.mode() == RequestMode.NO_CORS) {
            words.add("--mode no-cors");
        }
        return String.join(" ", words);
    }
}
