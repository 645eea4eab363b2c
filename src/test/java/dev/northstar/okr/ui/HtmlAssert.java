package dev.northstar.okr.ui;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Assertions on rendered HTML. */
final class HtmlAssert {
    private HtmlAssert() {
    }

    /** {@code <script>alert(1)</script>} appears only as text, escaped exactly once, {@code times} times or more. */
    static void escapedOnce(String html, int atLeast) {
        assertFalse("raw hostile text in:\n" + html, html.contains(ScreensWorld.HOSTILE));
        assertFalse("hostile text escaped twice in:\n" + html, html.contains("&amp;lt;script"));
        assertTrue("hostile text escaped once fewer than " + atLeast + " times in:\n" + html,
                count(html, ScreensWorld.ESCAPED) >= atLeast);
        assertFalse("a script element in:\n" + html, html.contains("<script"));
    }

    static int count(String html, String part) {
        int n = 0;
        for (int i = html.indexOf(part); i >= 0; i = html.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    static void contains(String html, String... parts) {
        for (String part : parts) {
            assertTrue("missing \"" + part + "\" in:\n" + html, html.contains(part));
        }
    }

    static void lacks(String html, String... parts) {
        for (String part : parts) {
            assertFalse("unexpected \"" + part + "\" in:\n" + html, html.contains(part));
        }
    }

    static void before(String html, String first, String second) {
        int a = html.indexOf(first);
        int b = html.indexOf(second);
        assertTrue("missing " + first, a >= 0);
        assertTrue("missing " + second, b >= 0);
        assertEquals(first + " should come before " + second, true, a < b);
    }
}
