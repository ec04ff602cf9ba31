package dev.corstck.tck.lookalike;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.origin.OriginParse;
import dev.corstck.fetch.origin.TupleOrigin;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LookAlikesTests {

    private static final Attacker ATTACKER = new Attacker("evil.example", "evil", "evil",
            Attacker.PrefixForm.AFTER_HOST, EnumSet.allOf(LookAlikeKind.class));

    private static List<String> of(String trusted, LookAlikeKind kind) {
        TupleOrigin t = ((OriginParse.Parsed) TupleOrigin.parse(trusted)).origin();
        return LookAlikes.of(t, ATTACKER).stream().filter(l -> l.kind() == kind).map(LookAlike::origin).toList();
    }

    /** Rows that discovery's former copy got wrong: port 65536 and subdomains of IP addresses. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "http://10.0.0.1:65535 | OTHER_PORT       | http://10.0.0.1:65534",
        "http://[::1]:65535    | OTHER_PORT       | http://[::1]:65534",
        "http://app.example    | OTHER_PORT       | http://app.example:8080",
        "https://app.example   | OTHER_PORT       | https://app.example:8443",
        "https://127.0.0.1     | SUBDOMAIN        | -",
        "http://[::1]:8080     | SUBDOMAIN        | -",
        "https://app.example   | SUBDOMAIN        | https://evil.app.example",
        "http://app.example:81 | PREFIX           | http://app.example.evil.example:81",
        "https://app.example   | SCHEME_DOWNGRADE | http://app.example",
        "https://app.example   | SCHEME_UPGRADE   | -",
        "http://app.example    | SCHEME_UPGRADE   | https://app.example",
        "https://localhost     | UNESCAPED_DOT    | -",
    })
    void buildsOneLookAlikePerApplicableKind(String trusted, LookAlikeKind kind, String expected) {
        assertThat(of(trusted, kind)).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest
    @CsvSource({"http://10.0.0.1:65535", "https://127.0.0.1", "http://[::1]:65535", "https://app.example:8443"})
    void everyPortAndSubdomainLookAlikeIsASerializedOrigin(String trusted) {
        TupleOrigin t = ((OriginParse.Parsed) TupleOrigin.parse(trusted)).origin();
        assertThat(LookAlikes.of(t, ATTACKER)).filteredOn(l -> l.kind() == LookAlikeKind.OTHER_PORT
                        || l.kind() == LookAlikeKind.SUBDOMAIN)
                .isNotEmpty().allSatisfy(l -> assertThat(TupleOrigin.parse(l.origin())).as(l.origin())
                        .isInstanceOf(OriginParse.Parsed.class));
    }
}
