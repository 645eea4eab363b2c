package dev.northstar.okr.local.simjira;

import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;

/**
 * A status of the simulated Jira, with the category Jira gives it ({@code new}, {@code indeterminate} or
 * {@code done}). One status per name and category: an export whose status name carries two categories gets two.
 */
record SimStatus(String id, String name, String categoryKey) implements Status {
    @Override
    public String getId() {
        return id;
    }

    @Override
    public StatusCategory getStatusCategory() {
        return () -> categoryKey;
    }
}
