package dev.northstar.okr.build;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** What atlassian-plugin.xml names: classes, REST packages, AO entities and resource files. */
final class PluginDescriptor {
    final List<String> classes = new ArrayList<>();
    final List<String> restPackages = new ArrayList<>();
    final List<String> entities = new ArrayList<>();
    /** Jar paths of every file named by a resource element, i18n bundles included. */
    final List<String> files = new ArrayList<>();
    final Element root;

    private PluginDescriptor(Document document) {
        root = document.getDocumentElement();
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("class")) {
                classes.add(element.getAttribute("class"));
            }
            switch (element.getTagName()) {
                case "package" -> restPackages.add(element.getTextContent().trim());
                case "entity" -> entities.add(element.getTextContent().trim());
                case "resource" -> files.add(resourcePath(element));
                default -> {
                }
            }
        }
    }

    static PluginDescriptor parse(InputStream xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return new PluginDescriptor(factory.newDocumentBuilder().parse(xml));
    }

    private static String resourcePath(Element resource) {
        String location = resource.getAttribute("location");
        if ("i18n".equals(resource.getAttribute("type"))) {
            return location.replace('.', '/') + ".properties";
        }
        return location.startsWith("/") ? location.substring(1) : location;
    }

    /** Module keys, for checking they are unique. */
    List<String> moduleKeys() {
        List<String> keys = new ArrayList<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element module && module.hasAttribute("key")) {
                keys.add(module.getAttribute("key"));
            }
        }
        return keys;
    }

    TreeSet<String> distinctClasses() {
        TreeSet<String> all = new TreeSet<>(classes);
        all.addAll(entities);
        return all;
    }
}
