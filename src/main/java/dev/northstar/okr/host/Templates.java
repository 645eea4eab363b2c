package dev.northstar.okr.host;

import java.util.Map;

/** Renders a Velocity template from the app's resources: Jira's template renderer inside Jira, plain Velocity outside. */
public interface Templates {

    String render(String template, Map<String, Object> context);
}
