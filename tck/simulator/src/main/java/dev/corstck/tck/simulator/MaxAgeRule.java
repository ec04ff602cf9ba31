package dev.corstck.tck.simulator;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How an engine turns {@code Access-Control-Max-Age} into seconds (tck/SPEC-NOTES.md#max-age): the parsing quirk and
 * the cap.
 *
 * @param parsing how the value is parsed
 * @param capSeconds the imposed limit; {@link Long#MAX_VALUE} for the spec, which leaves it to the user agent
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MaxAgeRule(Parsing parsing, long capSeconds) {

    /** The default when the header is absent or fails to parse: 5 seconds (see fetch#cors-preflight-fetch-0). */
    public static final long DEFAULT_SECONDS = 5;

    /** Seconds to cache a preflight for, given the combined header value; 0 means do not cache. */
    public long seconds(Optional<String> combinedValue) {
        if (combinedValue.isEmpty()) {
            return Math.min(DEFAULT_SECONDS, capSeconds);
        }
        return Math.min(parsing.parse(combinedValue.get().strip()), capSeconds);
    }

    /** An engine's parsing of the header value (already stripped of HTTP whitespace). */
    public enum Parsing {
        /** delta-seconds (digits only); anything else gives the 5 s default. */
        SPEC {
            @Override
            long parse(String v) {
                return isDigits(v) ? saturated(v) : DEFAULT_SECONDS;
            }
        },
        /** StringToInt64: an optional sign then digits; failure gives 5 s, a negative value 0. */
        CHROMIUM {
            @Override
            long parse(String v) {
                String digits = v.startsWith("-") || v.startsWith("+") ? v.substring(1) : v;
                if (!isDigits(digits) || digits.length() > 18) {
                    return DEFAULT_SECONDS;
                }
                return v.startsWith("-") ? 0 : Long.parseLong(digits);
            }
        },
        /** Digits only; any other character means the result is not cached at all. */
        FIREFOX {
            @Override
            long parse(String v) {
                return isDigits(v) ? saturated(v) : 0;
            }
        },
        /** parseInteger: an optional sign then digits; failure gives 5 s, a negative value expires at once. */
        WEBKIT {
            @Override
            long parse(String v) {
                String digits = v.startsWith("-") || v.startsWith("+") ? v.substring(1) : v;
                if (!isDigits(digits)) {
                    return DEFAULT_SECONDS;
                }
                return v.startsWith("-") ? 0 : saturated(digits);
            }
        };

        abstract long parse(String value);

        private static boolean isDigits(String v) {
            return !v.isEmpty() && v.chars().allMatch(c -> c >= '0' && c <= '9');
        }

        private static long saturated(String digits) {
            return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
        }
    }
}
