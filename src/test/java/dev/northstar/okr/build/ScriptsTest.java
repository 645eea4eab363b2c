package dev.northstar.okr.build;

import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The screens' scripts parse, and every text they ask Jira's jsI18n transformer for exists in both bundles (a
 * missing key would show as the key itself). Keys must be string literals: the transformer only sees those.
 */
public class ScriptsTest {
    private static final Path SCRIPTS = Path.of("src/main/resources/js");
    private static final Pattern GET_TEXT = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*([^),]*)");

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            return files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
    }

    @Test
    public void shouldAskOnlyForTextsBothBundlesHave() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path script : scripts()) {
            Matcher m = GET_TEXT.matcher(Files.readString(script));
            while (m.find()) {
                String argument = m.group(1).trim();
                assertTrue(script + " passes a non-literal key to AJS.I18n.getText: " + argument,
                        argument.matches("'okr\\.[A-Za-z0-9.\\-]+'"));
                used.add(argument.substring(1, argument.length() - 1));
            }
        }
        assertTrue("the scripts use no texts? " + used, used.size() > 5);
        for (String bundle : List.of("i18n/okr.properties", "i18n/okr_ko.properties")) {
            Properties texts = new Properties();
            try (InputStream in = Files.newInputStream(Path.of(bundle))) {
                texts.load(in);
            }
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(texts.stringPropertyNames());
            assertTrue(bundle + " lacks " + missing, missing.isEmpty());
        }
    }

    @Test
    public void shouldParse() throws Exception {
        List<Path> scripts = scripts();
        // one shared script, one per screen with behaviour, one per feature that spans screens (issue 10's writes);
        // each of them is a web resource of the descriptor, so that none lies unused
        assertTrue("too few scripts: " + scripts, scripts.size() >= 5);
        String descriptor = Files.readString(Path.of("atlassian-plugin.xml"));
        for (Path script : scripts) {
            assertTrue(script + " is no web resource", descriptor.contains("location=\"js/" + script.getFileName() + "\""));
        }
        for (Path script : scripts) {
            String problem = node() ? nodeCheck(script) : balance(Files.readString(script));
            assertTrue(script + ": " + problem, problem == null);
        }
    }

    @Test
    public void shouldNeverInsertTextAsHtml() throws IOException {
        for (Path script : scripts()) {
            String code = Files.readString(script);
            assertFalse(script + " uses .html(): messages and names must go in with .text()", code.contains(".html("));
            assertFalse(script + " uses innerHTML", code.contains("innerHTML"));
        }
    }

    private static boolean node() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException absent) {
            return false;
        }
    }

    /** Node's own parser, when Node is installed: null when the script parses, else its message. */
    private static String nodeCheck(Path script) throws Exception {
        Process p = new ProcessBuilder("node", "--check", script.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue("node --check did not finish", p.waitFor(60, TimeUnit.SECONDS));
        return p.exitValue() == 0 ? null : out;
    }

    /** Without Node: brackets balance outside strings and comments (a coarse check, better than none). */
    static String balance(String code) {
        List<Character> open = new ArrayList<>();
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
                i = code.indexOf('\n', i);
                if (i < 0) {
                    break;
                }
            } else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '*') {
                i = code.indexOf("*/", i + 2) + 1;
            } else if (c == '\'' || c == '"') {
                for (i++; i < code.length() && code.charAt(i) != c; i++) {
                    if (code.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if ("([{".indexOf(c) >= 0) {
                open.add(c);
            } else if (")]}".indexOf(c) >= 0) {
                char expected = "([{".charAt(")]}".indexOf(c));
                if (open.isEmpty() || open.remove(open.size() - 1) != expected) {
                    return "unbalanced " + c + " at offset " + i;
                }
            }
        }
        return open.isEmpty() ? null : "unclosed " + open;
    }
}
