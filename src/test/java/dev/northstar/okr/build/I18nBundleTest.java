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
                String formatted = new MessageFormat(text, Locale.ROOT).format(new Object[]{"A", "B", "C"});
                assertFalse(file + " " + key + " has a lone quote", text.replace("''", "").contains("'"));
                assertFalse(file + " " + key + " left a placeholder unformatted", formatted.matches(".*\\{\\d}.*"));
            }
        }
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
