package dev.northstar.okr.local.playground;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What the playground takes from the app's {@code atlassian-plugin.xml}, as Jira would: the Active Objects entities
 * to create tables for, the REST packages, and the web resources pages load.
 */
public record PluginDescriptor(List<String> entities, List<String> restPackages, List<WebResource> webResources,
                               List<WebPanel> webPanels) {

    public PluginDescriptor(List<String> entities, List<String> restPackages, List<WebResource> webResources) {
        this(entities, restPackages, webResources, List.of());
    }

    /**
     * An issue panel: where Jira shows it ({@code atl.jira.view.issue.left.context} or {@code ...right.context}), in
     * which order (weight), under which heading (the label's i18n key), rendering which template, with which
     * condition and context provider classes (empty when it names none).
     */
    public record WebPanel(String key, String location, int weight, String labelKey, String template,
                           String condition, String contextProvider) {
    }


    /**
     * A {@code <web-resource>}: its key, the contexts it is loaded in, its downloadable files, the web resources it
     * depends on ("plugin key:web resource key") and the keys of its transformers (such as jsI18n).
     */
    public record WebResource(String key, List<String> contexts, List<Download> downloads, List<String> dependencies,
                              List<String> transformers) {
        public WebResource(String key, List<String> contexts, List<Download> downloads) {
            this(key, contexts, downloads, List.of(), List.of());
        }
    }

    /** One {@code <resource type="download">}: the name it is served under and its place on the class path. */
    public record Download(String name, String location) {
        public boolean css() {
            return name.endsWith(".css");
        }

        public boolean js() {
            return name.endsWith(".js");
        }
    }

    public static PluginDescriptor load() {
        try (InputStream in = PluginDescriptor.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the class path");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
            List<String> entities = texts(root, "entity");
            List<String> packages = new ArrayList<>();
            for (Element rest : children(root, "rest")) {
                packages.addAll(texts(rest, "package"));
            }
            List<WebResource> resources = new ArrayList<>();
            for (Element web : children(root, "web-resource")) {
                List<Download> downloads = new ArrayList<>();
                for (Element r : children(web, "resource")) {
                    if ("download".equals(r.getAttribute("type"))) {
                        downloads.add(new Download(r.getAttribute("name"), r.getAttribute("location")));
                    }
                }
                List<String> transformers = children(web, "transformer").stream().map(t -> t.getAttribute("key"))
                        .toList();
                resources.add(new WebResource(web.getAttribute("key"), texts(web, "context"), downloads,
                        texts(web, "dependency"), transformers));
            }
            List<WebPanel> panels = new ArrayList<>();
            for (Element panel : children(root, "web-panel")) {
                String label = children(panel, "label").stream().map(l -> l.getAttribute("key")).findFirst()
                        .orElse("");
                String template = children(panel, "resource").stream()
                        .filter(r -> "velocity".equals(r.getAttribute("type"))).map(r -> r.getAttribute("location"))
                        .findFirst().orElse("");
                String weight = panel.getAttribute("weight");
                panels.add(new WebPanel(panel.getAttribute("key"), panel.getAttribute("location"),
                        weight.isBlank() ? 100 : Integer.parseInt(weight.trim()), label, template,
                        classOf(panel, "condition"), classOf(panel, "context-provider")));
            }
            return new PluginDescriptor(entities, packages, resources, panels);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read atlassian-plugin.xml: " + e.getMessage(), e);
        }
    }

    private static String classOf(Element parent, String child) {
        return children(parent, child).stream().map(e -> e.getAttribute("class")).findFirst().orElse("");
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static List<String> texts(Element parent, String name) {
        return children(parent, name).stream().map(e -> e.getTextContent().trim()).filter(t -> !t.isEmpty()).toList();
    }
}
