package dev.northstar.okr.local.playground;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jira's page decorator does with a full page (html, head with its title and decorator meta, body): the body
 * goes into the surrounding page, the title into its title. A fragment is taken whole.
 */
final class JiraDecorator {
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DECORATOR = Pattern.compile("<meta\\s+name=\"decorator\"\\s+content=\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);

    private JiraDecorator() {
    }

    /**
     * A rendered screen: its title (null when it names none), what goes inside the playground's page, whether it
     * was a full page (which brings its own AUI page panel unless its decorator adds one) or a fragment, and the
     * decorator its head asks for (null for a fragment).
     */
    record Decorated(String title, String body, boolean page, String decorator) {
    }

    /**
     * The title is kept as the template escaped it, so it is unescaped here once and escaped again by the
     * playground's layout template.
     */
    static Decorated decorate(String html) {
        Matcher body = BODY.matcher(html);
        if (!body.find()) {
            return new Decorated(null, html, false, null);
        }
        Matcher title = TITLE.matcher(html);
        Matcher decorator = DECORATOR.matcher(html);
        return new Decorated(title.find() ? unescape(title.group(1).strip()) : null, body.group(1), true,
                decorator.find() ? decorator.group(1) : null);
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
