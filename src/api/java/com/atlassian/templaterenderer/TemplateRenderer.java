package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Declaration only (see src/api/README.md). The real render also declares the unchecked RenderingException. */
public interface TemplateRenderer {
    void render(String templateName, Map<String, Object> context, Writer writer) throws IOException;
}
