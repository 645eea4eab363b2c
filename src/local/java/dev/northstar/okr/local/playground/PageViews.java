package dev.northstar.okr.local.playground;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The view models of the playground's own pages, one immutable record per template under
 * {@code templates/playground} ({@link PageTemplates}), filled by {@link Pages} with ready texts: the templates only
 * show them, with {@code #foreach} and {@code #if}. Every value is HTML-escaped by the engine when printed, except
 * the components whose name ends in {@code Html}: HTML the playground already made safe.
 */
public final class PageViews {
    private PageViews() {
    }

    /** The page around every screen: banner, switches, AUI, the web resources, and the page's content. */
    public record Layout(String language, String title, String banner, boolean auiMissing, WebResources resources,
                         String textsJsonHtml, List<SwitchGroup> switches, boolean ownPanel, String contentHtml) {
        public Layout {
            switches = List.copyOf(switches);
        }
    }

    /** What the page loads: stylesheets, AUI's scripts, then the screens' own scripts. */
    public record WebResources(List<String> stylesheets, List<String> platformScripts, List<String> scripts) {
        public WebResources {
            stylesheets = List.copyOf(stylesheets);
            platformScripts = List.copyOf(platformScripts);
            scripts = List.copyOf(scripts);
        }
    }

    /** The user or the language switch. */
    public record SwitchGroup(String id, String label, List<Switch> choices) {
        public SwitchGroup {
            choices = List.copyOf(choices);
        }
    }

    /** One choice of a switch: a link to {@code ?parameter=value}. */
    public record Switch(String parameter, String value, String label, String title, boolean current) {
    }

    /** The start page: the screens, the OKR issues (hidden: how many the visitor cannot see, or null), REST. */
    public record Start(String sprintReviewProject, List<IssueItem> issues, String hidden, List<String> rest) {
        public Start {
            issues = List.copyOf(issues);
            rest = List.copyOf(rest);
        }
    }

    /** An issue on the start page's list. */
    public record IssueItem(String key, String typeName, String summary) {
    }

    /** Jira's issue view, reduced to what the app touches; securityLevel null when it has none. */
    public record Issue(String projectName, String key, String summary, String typeName, String statusName,
                        String projectKey, String securityLevel, List<Link> links, List<Panel> mainPanels,
                        List<Panel> sidePanels) {
        public Issue {
            links = List.copyOf(links);
            mainPanels = List.copyOf(mainPanels);
            sidePanels = List.copyOf(sidePanels);
        }
    }

    /** An issue link: its name as Jira shows it ("measures"), the linked issue and its summary. */
    public record Link(String name, String key, String summary) {
    }

    /** One of the app's web panels: its key, its label, and the screen the app rendered for it. */
    public record Panel(String key, String label, String bodyHtml) {
    }

    /** A message instead of a screen (not found, log in, nothing to show, incident). */
    public record Message(String cssClass, String text) {
    }

    /** Jira's admin decorator around an admin page's body (rendered by the app's template). */
    public record AdminFrame(String bodyHtml) {
    }

    /** The playground's words in the visitor's language: {@code $text.get('title')}. */
    public static final class Words {
        private final ResourceBundle bundle;
        private final Locale locale;

        Words(Locale locale) {
            this.locale = locale;
            this.bundle = ResourceBundle.getBundle(PlaygroundTexts.class.getName(), locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_CLASS));
        }

        /** A text without arguments, for the templates. */
        public String get(String key) {
            return format(key);
        }

        /** A text with its arguments, for the view models. */
        String format(String key, Object... arguments) {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        }
    }
}
