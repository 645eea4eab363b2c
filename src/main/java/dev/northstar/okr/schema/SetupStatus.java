package dev.northstar.okr.schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** What exists of the app's schema in Jira and what is missing, and which enabled projects are ready. */
public record SetupStatus(boolean complete, List<ItemStatus> items, List<ProjectStatus> projects) {

    public SetupStatus {
        items = List.copyOf(items);
        projects = List.copyOf(projects);
    }

    /** Items that do not exist (never created, deleted by an administrator, or blocked by a name clash). */
    @JsonProperty("missing")
    public List<String> missing() {
        return items.stream().filter(i -> !i.exists()).map(ItemStatus::item).toList();
    }
}
