package dev.northstar.okr.local.velocity;

import dev.northstar.okr.host.Templates;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The app's templates rendered by plain Apache Velocity 1.7, configured to behave as Jira's template renderer does
 * for a plugin, so that the playground and the tests see what Jira shows:
 * <ul>
 *   <li>templates are read from the class path (the plugin's resources), in UTF-8;</li>
 *   <li>every printed value is HTML-escaped unless its reference name ends in {@code Html} ({@link JiraStyleEscaping});</li>
 *   <li>only the methods the plugin descriptor's {@code <velocity-allowlist>} names may be called
 *   ({@link AllowlistUberspect});</li>
 *   <li>a template is parsed once and kept, as Jira keeps it until restart; {@link #reloading} re-reads it on every
 *   render instead, for editing templates while the playground runs;</li>
 *   <li>no log file: Velocity 1.7 would otherwise write velocity.log into the working directory.</li>
 * </ul>
 * Each instance has its own engine: nothing is configured through Velocity's static singleton.
 */
public final class VelocityTemplates implements Templates {
    private final VelocityEngine engine;

    /** Templates from the class path, the allowlist from the plugin descriptor on the class path, cached. */
    public VelocityTemplates() {
        this(descriptorAllowlist(), true);
    }

    /** As {@link #VelocityTemplates()} but every render re-reads its template (for editing templates live). */
    public static VelocityTemplates reloading() {
        return new VelocityTemplates(descriptorAllowlist(), false);
    }

    /**
     * @param allowedMethods allowlist entries ({@code fully.qualified.Class#method(param.Type)}); every other call fails
     * @param cache          keep parsed templates, as Jira does
     */
    public VelocityTemplates(Set<String> allowedMethods, boolean cache) {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
        p.setProperty("classpath.resource.loader.class", ClasspathResourceLoader.class.getName());
        p.setProperty("classpath.resource.loader.cache", Boolean.toString(cache));
        p.setProperty("classpath.resource.loader.modificationCheckInterval", "0");
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, JiraStyleEscaping.class.getName());
        p.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspect.class.getName());
        p.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
        // no global macro library and no inline macros leaking between templates
        p.setProperty(RuntimeConstants.VM_LIBRARY, "");
        p.setProperty(RuntimeConstants.VM_PERM_INLINE_LOCAL, "true");
        engine = new VelocityEngine();
        engine.setApplicationAttribute(AllowlistUberspect.ALLOWED, Set.copyOf(allowedMethods));
        try {
            engine.init(p);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start Velocity", e);
        }
    }

    @Override
    public String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            Template t = engine.getTemplate(template, "UTF-8");
            t.merge(new VelocityContext(new java.util.HashMap<>(context)), out);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot render " + template, e);
        }
        return out.toString();
    }

    /** The {@code <velocity-allowlist>} methods of the plugin descriptor (atlassian-plugin.xml) on the class path. */
    public static Set<String> descriptorAllowlist() {
        try (InputStream xml = VelocityTemplates.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            if (xml == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the class path");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList lists = factory.newDocumentBuilder().parse(xml).getElementsByTagName("velocity-allowlist");
            Set<String> methods = new LinkedHashSet<>();
            for (int i = 0; i < lists.getLength(); i++) {
                NodeList entries = ((org.w3c.dom.Element) lists.item(i)).getElementsByTagName("method");
                for (int j = 0; j < entries.getLength(); j++) {
                    methods.add(entries.item(j).getTextContent().trim());
                }
            }
            return methods;
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the velocity allowlist from atlassian-plugin.xml", e);
        }
    }
}
