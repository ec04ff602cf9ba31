package dev.corstck.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How engines treat third-party cookies. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum CookieMode {
    /**
     * Allow third-party cookies (Chromium pref {@code profile.cookie_controls_mode=0}, Firefox
     * {@code network.cookie.cookieBehavior=0}, MiniBrowser {@code --cookies-policy=always}), so credentialed
     * cross-site scenarios can carry cookies.
     */
    ALLOW_THIRD_PARTY,
    /** Keep each engine's default (Chromium and WebKit block third-party cookies, Firefox partitions them). */
    ENGINE_DEFAULT
}
