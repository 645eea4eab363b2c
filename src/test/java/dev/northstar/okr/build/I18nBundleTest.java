package dev.northstar.okr.build;

import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/** The English and Korean bundles exist, load, hold the same keys, and are ASCII with escapes. */
public class I18nBundleTest {
    private static final String[] FILES = {"i18n/okr.properties", "i18n/okr_ko.properties"};

    @Test
    public void shouldLoadBothBundlesAsJiraWould() {
        ResourceBundle english = ResourceBundle.getBundle("i18n.okr", Locale.ROOT);
        ResourceBundle korean = ResourceBundle.getBundle("i18n.okr", Locale.KOREAN);
        assertEquals("Log in to use Northstar OKR.", english.getString("okr.error.loginRequired"));
        assertEquals(Locale.KOREAN, korean.getLocale());
        assertNotEquals(english.getString("okr.error.loginRequired"),
                korean.getString("okr.error.loginRequired"));
    }

    @Test
    public void shouldHoldTheSameKeysInBothBundles() throws IOException {
        Set<String> english = keys(FILES[0]);
        Set<String> korean = keys(FILES[1]);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(korean);
        Set<String> onlyKorean = new TreeSet<>(korean);
        onlyKorean.removeAll(english);
        assertTrue("missing in Korean: " + onlyEnglish, onlyEnglish.isEmpty());
        assertTrue("missing in English: " + onlyKorean, onlyKorean.isEmpty());
        assertFalse(english.isEmpty());
    }

    @Test
    public void shouldBeAsciiWithUnicodeEscapes() throws IOException {
        for (String file : FILES) {
            byte[] bytes = Files.readAllBytes(Path.of(file));
            for (int i = 0; i < bytes.length; i++) {
                assertTrue(file + " has a non-ASCII byte at offset " + i + "; write it as \\uXXXX",
                        bytes[i] >= 0 && (bytes[i] >= 32 || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t'));
            }
        }
    }

    @Test
    public void shouldFormatEveryMessageWithMessageFormat() throws IOException {
        // Jira formats bundle texts with MessageFormat: an unbalanced brace or a lone quote would show garbled.
        for (String file : FILES) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                // counts are numbers (a choice format needs one); any other argument formats from a number too
                String formatted = new MessageFormat(text, Locale.ROOT).format(new Object[]{1, 2, 3});
                assertFalse(file + " " + key + " has a lone quote", text.replace("''", "").contains("'"));
                assertFalse(file + " " + key + " left a placeholder unformatted", formatted.matches(".*\\{\\d}.*"));
            }
        }
    }

    @Test
    public void shouldWordCountsInTheSingularAndThePlural() throws IOException {
        // "{0} issues" reads "1 issues": a count is worded with a choice format (0, 1 and more), as Jira's
        // MessageFormat and AUI's AJS.format both read it. Messages whose count is never 1 are listed here.
        Set<String> neverOne = Set.of("okr.warning.keyResultsMany", "okr.warning.keyResultsTooMany",
                "okr.warning.focusConflict", "okr.warning.focusConflictHidden", "okr.error.jqlTooMany",
                "okr.error.json.tooLarge", "okr.error.textTooLong");
        Pattern bareCount = Pattern.compile("\\{\\d}( more| completed| open| rated| done)? (issues|points|pts|key results"
                + "|initiatives|objectives|check-ins|days|parts)\\b");
        Pattern choice = Pattern.compile("\\{(\\d),choice,([^{}]*)}");
        Properties english = load(FILES[0]);
        for (String key : english.stringPropertyNames()) {
            String text = english.getProperty(key);
            if (!neverOne.contains(key)) {
                assertFalse(key + " counts without a choice format: " + text, bareCount.matcher(text).find());
            }
            Matcher m = choice.matcher(text);
            while (m.find()) {
                assertTrue(key + " must word 0, 1 and more: " + m.group(), m.group(2).startsWith("0#")
                        && m.group(2).contains("|1#") && m.group(2).contains("|1<"));
            }
        }
        for (String file : FILES) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (neverOne.contains(key)) {
                    continue;
                }
                for (Object[] counts : new Object[][]{{0, 0, 0}, {1, 1, 1}, {2, 2, 2}, {1.5, 1.5, 1.5}}) {
                    String formatted = new MessageFormat(text, Locale.ROOT).format(counts);
                    assertFalse(file + " " + key + " says " + formatted,
                            formatted.matches(".*\\b1 (issues|points|pts|key results|initiatives|objectives|check-ins"
                                    + "|days|parts)\\b.*"));
                }
            }
        }
        assertEquals("1 of 1 issue done", format(english, "okr.ui.figure.issues", 1, 1));
        assertEquals("0 of 2 issues done", format(english, "okr.ui.figure.issues", 0, 2));
        assertEquals("1 check-in in all", format(english, "okr.ui.checkin.total", 1));
        assertEquals("1.5 pts", format(english, "okr.ui.review.points", 1.5));
        assertEquals("1 pt", format(english, "okr.ui.review.points", 1.0));
        assertEquals("1,234.5 of 2,000 points done", format(english, "okr.ui.figure.points", 1234.5, 2000.0));
        Properties korean = load(FILES[1]);
        assertEquals("2,000\ud3ec\uc778\ud2b8 \uc911 1,234.5\ud3ec\uc778\ud2b8 \uc644\ub8cc",
                new MessageFormat(korean.getProperty("okr.ui.figure.points"), Locale.KOREAN)
                        .format(new Object[]{1234.5, 2000.0}));
    }

    private static String format(Properties texts, String key, Object... arguments) {
        return new MessageFormat(texts.getProperty(key), Locale.ENGLISH).format(arguments);
    }

    @Test
    public void shouldDefineEveryKeyTheCodeAndTemplatesUse() throws IOException {
        Set<String> defined = keys(FILES[0]);
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("[\"'](okr\\.[A-Za-z0-9.\\-]*[A-Za-z0-9])[\"']");
        for (String root : new String[]{"src/main/java", "src/main/resources", "src/local/java"}) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                // text files only (the plugin's icon and logo are PNGs)
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)
                        .filter(f -> !f.toString().endsWith(".png"))::iterator) {
                    Matcher m = literal.matcher(Files.readString(file));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        used.removeAll(defined);
        assertTrue("keys used but not defined in " + FILES[0] + ": " + used, used.isEmpty());
    }

    private static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            properties.load(in);
        }
        return properties;
    }
}
