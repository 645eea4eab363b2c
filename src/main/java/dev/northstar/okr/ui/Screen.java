package dev.northstar.okr.ui;

import java.util.Map;

/**
 * A screen ready to render: the Velocity template (a classpath path such as {@code templates/keyresult-panel.vm})
 * and the context it is rendered with. The context holds view models only (immutable values with getters, all
 * text unescaped), never a service: templates show, they do not decide.
 */
public record Screen(String template, Map<String, Object> context) {
    public Screen {
        context = Map.copyOf(context);
    }
}
