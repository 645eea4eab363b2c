package dev.northstar.okr.local.playground;

import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Pages load AUI and the web resources atlassian-plugin.xml declares, at Jira's addresses, and nothing else. */
public class WebFilesTest {
    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(List.of(), List.of(), List.of(
            new PluginDescriptor.WebResource("okr-page", List.of(), List.of(
                    new PluginDescriptor.Download("okr-page.js", "i18n/okr.properties")),
                    List.of("com.atlassian.auiplugin:ajs", "dev.northstar.okr:okr-panels"), List.of("jsI18n")),
            new PluginDescriptor.WebResource("okr-panels", List.of("jira.view.issue"), List.of(
                    new PluginDescriptor.Download("okr.css", "i18n/okr.properties"),
                    new PluginDescriptor.Download("okr.js", "i18n/okr_ko.properties")))));

    @Test
    public void shouldLinkAuiFirstThenTheRequiredWebResourcesDependenciesFirst() {
        WebFiles files = new WebFiles(DESCRIPTOR);
        assertTrue("npm ci installs AUI", files.auiInstalled());
        assertEquals(List.of("/aui/aui-prototyping.css", "/download/resources/dev.northstar.okr:okr-panels/okr.css"),
                files.stylesheets(List.of("okr-page")));
        assertEquals(List.of("/jquery/jquery.min.js", "/aui/aui-prototyping.js"), files.platformScripts());
        assertEquals(List.of("/download/resources/dev.northstar.okr:okr-panels/okr.js",
                "/download/resources/dev.northstar.okr:okr-page/okr-page.js"), files.scripts(List.of("okr-page")));
        assertTrue(files.jsI18n());
    }

    @Test
    public void shouldLoadOnlyWhatAPageRequires() {
        WebFiles files = new WebFiles(DESCRIPTOR);
        assertEquals(List.of("/download/resources/dev.northstar.okr:okr-panels/okr.js"),
                files.scripts(List.of("okr-panels")));
        assertEquals(List.of("/aui/aui-prototyping.css"), files.stylesheets(List.of()));
        assertEquals(List.of(), files.scripts(List.of("not-declared")));
    }

    @Test
    public void shouldGiveScriptsTheAppsTextsInTheVisitorsLanguageSafeInsideAScriptElement() {
        assertEquals("Log in to use Northstar OKR.", PageTemplates.appTexts(java.util.Locale.ENGLISH)
                .get("okr.error.loginRequired"));
        assertEquals("Northstar OKR\uc744 \uc0ac\uc6a9\ud558\ub824\uba74 \ub85c\uadf8\uc778\ud558\uc138\uc694.",
                PageTemplates.appTexts(java.util.Locale.KOREAN).get("okr.error.loginRequired"));
        assertEquals("{\"a\":\"\\u003c/script\\u003e\\u0026\"}",
                PageTemplates.jsonForScript(java.util.Map.of("a", "</script>&")));
    }

    @Test
    public void shouldServeADeclaredDownloadFromTheClassPathUnderItsName() throws Exception {
        WebFiles.File css = new WebFiles(DESCRIPTOR).file("/download/resources/dev.northstar.okr:okr-panels/okr.css")
                .orElseThrow();
        assertEquals("text/css; charset=utf-8", css.contentType());
        try (var in = getClass().getClassLoader().getResourceAsStream("i18n/okr.properties")) {
            assertArrayEquals(in.readAllBytes(), css.bytes());
        }
    }

    @Test
    public void shouldServeNothingTheDescriptorDoesNotName() throws Exception {
        WebFiles files = new WebFiles(DESCRIPTOR);
        for (String path : List.of("/download/resources/dev.northstar.okr:okr-panels/atlassian-plugin.xml",
                "/download/resources/dev.northstar.okr:other/okr.css", "/download/resources/dev.northstar.okr:",
                "/aui/../../../package.json", "/aui/", "/jquery/jquery.js", "/i18n/okr.properties")) {
            assertTrue(path, files.file(path).isEmpty());
        }
    }
}
