package dev.northstar.okr.local.velocity;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * HTML-escapes every value a template prints, as Jira's Velocity does since Jira 6.0: a reference is escaped unless
 * its last name ends in {@code Html} ({@code $bodyHtml}, {@code $view.summaryHtml}, {@code $view.getSummaryHtml()}),
 * which Jira treats as markup its author already escaped. The app's templates use no such reference (a test checks
 * it), so text is escaped exactly once, by the engine, both here and inside Jira.
 *
 * <p>Velocity's own {@code EscapeHtmlReference} escapes every reference or, with a pattern, needs the optional ORO
 * library at run time; this handler states Jira's rule directly instead.
 */
public final class JiraStyleEscaping implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null || htmlSafe(reference)) {
            return value;
        }
        return escape(value.toString());
    }

    /** Whether Jira would print this reference unescaped: its last name (property or method) ends in "Html". */
    static boolean htmlSafe(String reference) {
        String name = reference.replaceAll("[${}!\\s]", "");
        int paren = name.indexOf('(');
        if (paren >= 0) {
            name = name.substring(0, paren);
        }
        int dot = name.lastIndexOf('.');
        String last = dot >= 0 ? name.substring(dot + 1) : name;
        return last.endsWith("Html");
    }

    /** The five characters that can change HTML structure in text or in a quoted attribute. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
