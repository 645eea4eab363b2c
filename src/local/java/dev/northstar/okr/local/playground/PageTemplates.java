package dev.northstar.okr.local.playground;

import dev.northstar.okr.local.simjira.DemoUser;
import dev.northstar.okr.host.Templates;
import dev.northstar.okr.local.playground.PageViews.Words;
import dev.northstar.okr.local.velocity.AllowlistUberspect;
import dev.northstar.okr.local.velocity.VelocityTemplates;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Shows the playground's own pages: the Velocity templates under {@code templates/playground} (src/local/resources,
 * so they reach the command line jar and never the plugin) with their view models ({@link PageViews}), and the page
 * around every screen ({@link #page}).
 *
 * <p>Escaping: the templates are rendered by the same plain Velocity as the app's screens ({@link VelocityTemplates}),
 * so every printed value is HTML-escaped exactly once, by the engine, unless its reference name ends in {@code Html}.
 * Only three kinds of value are printed as they are, each HTML the playground already made safe: a screen rendered by
 * the app's own templates ({@code Panel.bodyHtml}, {@code AdminFrame.bodyHtml}), a page rendered by a playground
 * template ({@code Layout.contentHtml}), and JSON made safe for a script element ({@code Layout.textsJsonHtml}).
 *
 * <p>Allowlist: the playground's templates do not get the app's {@code <velocity-allowlist>}, which names exactly
 * what the app's templates call (and is checked against them). They get their own, made from the view models
 * ({@link #allowlist()}): the records' accessors and {@link Words#get(String)}, nothing else. So a playground template
 * reaches only its view model and its words, as an app template reaches only its own, and the list cannot drift from
 * the records. The templates are on the same class path as the app's, under their own folder.
 */
final class PageTemplates {
    private static final String FOLDER = "templates/playground/";
    private final Templates velocity = new VelocityTemplates(allowlist(), true);
    private final WebFiles files;
    private final String dataset;

    PageTemplates(WebFiles files, String dataset) {
        this.files = files;
        this.dataset = dataset;
    }

    /** A playground template with its view model, the visitor's words and the address of the app's servlets. */
    String render(String template, Words words, Object view) {
        return velocity.render(FOLDER + template, Map.of("view", view, "text", words, "pages", Pages.PAGES));
    }

    /** A page that shows a message instead of a screen. */
    String message(Words words, Visit visit, String title, String cssClass, String text) {
        return page(words, visit, title, render("message.vm", words, new PageViews.Message(cssClass, text)), false,
                List.of());
    }

    /**
     * The page around the content: banner, switches, AUI and the web resources. A decorated page brings its own
     * AUI page panel (as Jira's pages do), so it goes in as it is; anything else goes into one.
     */
    String page(Words words, Visit visit, String title, String contentHtml, boolean ownPanel,
                Collection<String> resources) {
        String language = visit.locale().getLanguage();
        String current = visit.user() == null ? DemoUser.ANONYMOUS : visit.user().key();
        List<PageViews.Switch> users = new ArrayList<>();
        for (DemoUser user : DemoUser.ALL) {
            users.add(new PageViews.Switch("as", user.key(), user.displayName(), user.description(),
                    current.equals(user.key())));
        }
        users.add(new PageViews.Switch("as", DemoUser.ANONYMOUS, words.get("user.anonymous"), "",
                visit.user() == null));
        List<PageViews.Switch> languages = List.of(
                new PageViews.Switch("lang", "en", "English", "", language.equals("en")),
                new PageViews.Switch("lang", "ko", "\ud55c\uad6d\uc5b4", "", language.equals("ko")));
        // Jira's jsI18n transformer puts the visitor's texts into the scripts; here AJS.I18n gets them
        String textsJson = files.auiInstalled() && files.jsI18n() ? jsonForScript(appTexts(visit.locale())) : null;
        return render("layout.vm", words, new PageViews.Layout(language, title, words.format("banner", dataset),
                !files.auiInstalled(), new PageViews.WebResources(files.stylesheets(resources),
                files.platformScripts(), files.scripts(resources)), textsJson, List.of(new PageViews.SwitchGroup("user-switch", words.get("user"), users),
                new PageViews.SwitchGroup("language-switch", words.get("language"), languages)), ownPanel,
                contentHtml));
    }

    /** The methods the playground's templates may call: the view models' accessors and {@link Words#get(String)}. */
    static Set<String> allowlist() {
        Set<String> methods = new TreeSet<>();
        for (Class<?> type : PageViews.class.getDeclaredClasses()) {
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    methods.add(AllowlistUberspect.entry(type, component.getAccessor()));
                }
            }
        }
        try {
            methods.add(AllowlistUberspect.entry(Words.class, Words.class.getMethod("get", String.class)));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        return methods;
    }

    /** The app's texts (i18n/okr*.properties) in a language, as patterns for AJS.format, by key. */
    static Map<String, String> appTexts(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.okr", locale, PageTemplates.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new TreeMap<>();
        for (String key : bundle.keySet()) {
            texts.put(key, bundle.getString(key));
        }
        return texts;
    }

    /** JSON that cannot end the script element it sits in, nor break a line in JavaScript. */
    static String jsonForScript(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
