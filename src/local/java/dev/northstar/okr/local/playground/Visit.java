package dev.northstar.okr.local.playground;

import dev.northstar.okr.local.simjira.DemoUser;
import java.util.Locale;

/**
 * Who is looking and in which language, for one request: Jira's authentication context, in the playground. Set
 * for the thread serving the request (Jersey serves a request on one thread, as Jira does) and cleared after it.
 *
 * @param user null for anonymous
 */
public record Visit(DemoUser user, Locale locale) {
    private static final ThreadLocal<Visit> CURRENT = new ThreadLocal<>();

    /** Cookies that keep the visitor's choice of user and language between requests. */
    static final String USER_COOKIE = "northstar-as";
    static final String LANGUAGE_COOKIE = "northstar-lang";

    /**
     * The visit a request asks for: a query parameter ({@code as}, {@code lang}) before a cookie before the default.
     * A user key the playground does not know is refused: nobody is logged in (the REST API answers 401), never the
     * default user, who may be the administrator. {@code anonymous} is nobody too; an unknown language is English.
     */
    static Visit choose(String asParameter, String asCookie, String langParameter, String langCookie,
                        String defaultUser) {
        String as = firstNonBlank(asParameter, asCookie, defaultUser);
        DemoUser user = DemoUser.ANONYMOUS.equals(as) ? null : DemoUser.byKey(as).orElse(null);
        String lang = firstNonBlank(langParameter, langCookie, "en");
        Locale locale = DemoUser.LANGUAGES.stream().filter(l -> l.getLanguage().equals(lang)).findFirst()
                .orElse(Locale.ENGLISH);
        return new Visit(user, locale);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    static Visit anonymous() {
        return new Visit(null, Locale.ENGLISH);
    }

    static Visit current() {
        Visit visit = CURRENT.get();
        return visit == null ? new Visit(null, Locale.ENGLISH) : visit;
    }

    static void enter(Visit visit) {
        CURRENT.set(visit);
    }

    static void leave() {
        CURRENT.remove();
    }

    /** Runs {@code work} as this visit (for seeding, tests and pages). */
    <T> T run(java.util.function.Supplier<T> work) {
        Visit before = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }
}
