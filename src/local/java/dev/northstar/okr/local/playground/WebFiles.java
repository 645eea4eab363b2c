package dev.northstar.okr.local.playground;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Static files pages load: the app's own web resources, by the names atlassian-plugin.xml gives them (served at
 * Jira's address for them, {@code /download/resources/<plugin key>:<web resource>/<name>}), and AUI with jQuery
 * from the npm packages in {@code node_modules} (package.json; {@code npm ci} installs them). Only those files are
 * served: nothing else on the class path or the disk can be asked for.
 */
final class WebFiles {
    static final String PLUGIN_KEY = "dev.northstar.okr";
    static final String RESOURCES = "/download/resources/" + PLUGIN_KEY + ":";
    static final String AUI = "/aui/";
    static final String JQUERY = "/jquery/jquery.min.js";

    /** A file to send. */
    record File(String contentType, byte[] bytes) {
    }

    private final PluginDescriptor descriptor;
    private final Path aui;
    private final Path jquery;

    WebFiles(PluginDescriptor descriptor) {
        this.descriptor = descriptor;
        this.aui = Playground.Places.find(Path.of("node_modules", "@atlassian", "aui", "dist", "aui")).orElse(null);
        this.jquery = Playground.Places.find(Path.of("node_modules", "jquery", "dist", "jquery.min.js")).orElse(null);
    }

    boolean auiInstalled() {
        return aui != null && jquery != null;
    }

    /**
     * Stylesheets a page loads, in order: AUI first, then the web resources the page requires (by module key, as a
     * panel's context provider or a servlet requires them in Jira) with the app's resources they depend on first.
     */
    List<String> stylesheets(Collection<String> required) {
        List<String> css = new ArrayList<>();
        if (auiInstalled()) {
            css.add(AUI + "aui-prototyping.css");
        }
        for (PluginDescriptor.WebResource r : ordered(required)) {
            r.downloads().stream().filter(PluginDescriptor.Download::css)
                    .forEach(d -> css.add(RESOURCES + r.key() + "/" + d.name()));
        }
        return css;
    }

    /** Scripts of the platform (jQuery and AUI), which the app's scripts expect to find loaded. */
    List<String> platformScripts() {
        return auiInstalled() ? List.of(JQUERY, AUI + "aui-prototyping.js") : List.of();
    }

    /** The scripts of the web resources a page requires, dependencies first. */
    List<String> scripts(Collection<String> required) {
        List<String> js = new ArrayList<>();
        for (PluginDescriptor.WebResource r : ordered(required)) {
            r.downloads().stream().filter(PluginDescriptor.Download::js)
                    .forEach(d -> js.add(RESOURCES + r.key() + "/" + d.name()));
        }
        return js;
    }

    /** Whether some web resource asks for Jira's jsI18n transformer (its AJS.I18n.getText calls translated). */
    boolean jsI18n() {
        return descriptor.webResources().stream().anyMatch(r -> r.transformers().contains("jsI18n"));
    }

    /** Whether the descriptor declares a web resource with this module key. */
    boolean declares(String webResourceKey) {
        return descriptor.webResources().stream().anyMatch(r -> r.key().equals(webResourceKey));
    }

    /**
     * The required web resources and the app's resources they depend on, each after its dependencies, else in
     * descriptor order. Keys the descriptor lacks are left out.
     */
    List<PluginDescriptor.WebResource> ordered(Collection<String> required) {
        java.util.Map<String, PluginDescriptor.WebResource> byKey = new java.util.LinkedHashMap<>();
        descriptor.webResources().forEach(r -> byKey.put(r.key(), r));
        java.util.LinkedHashSet<String> done = new java.util.LinkedHashSet<>();
        for (String key : byKey.keySet()) {
            if (required.contains(key)) {
                visit(key, byKey, done, new java.util.HashSet<>());
            }
        }
        return done.stream().map(byKey::get).toList();
    }

    private static void visit(String key, java.util.Map<String, PluginDescriptor.WebResource> byKey,
                              java.util.Set<String> done, java.util.Set<String> path) {
        if (done.contains(key) || !path.add(key)) {
            return; // placed already, or a dependency loop (Jira refuses those; here the loop is just cut)
        }
        for (String dependency : byKey.get(key).dependencies()) {
            String own = dependency.startsWith(PLUGIN_KEY + ":") ? dependency.substring(PLUGIN_KEY.length() + 1)
                    : null;
            if (own != null && byKey.containsKey(own)) {
                visit(own, byKey, done, path);
            }
        }
        done.add(key);
    }

    /** The file at a request path, if it is one of those served. */
    Optional<File> file(String path) throws IOException {
        if (path.equals(JQUERY) && jquery != null) {
            return Optional.of(new File(type(path), Files.readAllBytes(jquery)));
        }
        if (path.startsWith(AUI) && aui != null) {
            Path file = aui.resolve(path.substring(AUI.length())).normalize();
            if (file.startsWith(aui) && Files.isRegularFile(file)) {
                return Optional.of(new File(type(path), Files.readAllBytes(file)));
            }
            return Optional.empty();
        }
        if (path.startsWith(RESOURCES)) {
            String rest = path.substring(RESOURCES.length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                return Optional.empty();
            }
            String key = rest.substring(0, slash);
            String name = rest.substring(slash + 1);
            for (PluginDescriptor.WebResource r : descriptor.webResources()) {
                for (PluginDescriptor.Download d : r.downloads()) {
                    if (r.key().equals(key) && d.name().equals(name)) {
                        return classpath(d.location()).map(bytes -> new File(type(name), bytes));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<byte[]> classpath(String location) throws IOException {
        try (InputStream in = WebFiles.class.getClassLoader().getResourceAsStream(location)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
    }

    static String type(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (n.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (n.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (n.endsWith(".png")) {
            return "image/png";
        }
        if (n.endsWith(".gif")) {
            return "image/gif";
        }
        if (n.endsWith(".woff")) {
            return "font/woff";
        }
        if (n.endsWith(".woff2")) {
            return "font/woff2";
        }
        if (n.endsWith(".ttf")) {
            return "font/ttf";
        }
        if (n.endsWith(".map") || n.endsWith(".json")) {
            return "application/json";
        }
        return "application/octet-stream";
    }
}
