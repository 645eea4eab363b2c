package dev.northstar.okr.local.simjira;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A pretend Jira user of the playground, with the rights the simulated Jira gives them. Switched with {@code ?as=KEY}
 * (kept in a cookie); {@code ?as=anonymous} is nobody logged in.
 *
 * @param administrator   Jira administrator: everything, including the app's settings and setup
 * @param projectAdmin    administers every project (manages project cycles)
 * @param edit            may edit issues (check-ins, KR and objective settings, grades)
 * @param secured         sees issues under an issue security level
 * @param projects        projects they may browse; null for every project
 */
public record DemoUser(String key, String displayName, String description, boolean administrator,
                       boolean projectAdmin, boolean edit, boolean secured, Set<String> projects) {

    public static final String ANONYMOUS = "anonymous";

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("admin", "Ada Admin", "Jira administrator: sees and changes everything", true, true, true,
                    true, null),
            new DemoUser("lead", "Lee Lead", "project administrator of every project, in the security level", false,
                    true, true, true, null),
            new DemoUser("member", "Mo Member", "browses and edits every project, not in the security level", false,
                    false, true, false, null),
            new DemoUser("viewer", "Vi Viewer", "browses every project, edits nothing, not in the security level",
                    false, false, false, false, null),
            new DemoUser("outsider", "Oz Outsider", "browses only the OKR project, not the teams' projects", false,
                    false, false, false, Set.of(JiraData.OKR_PROJECT)));

    public static Optional<DemoUser> byKey(String key) {
        return ALL.stream().filter(u -> u.key.equals(key)).findFirst();
    }

    public boolean browses(String projectKey) {
        return projects == null || projects.contains(projectKey);
    }

    /** The languages the playground offers (the app's bundles). */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.KOREAN);
}
