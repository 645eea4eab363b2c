package dev.northstar.okr.reading;

import dev.northstar.okr.domain.IssueFact;
import dev.northstar.okr.settings.AppSettings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How figures treat the issues a viewer may not browse, as the Jira administrator chose ({@link
 * AppSettings#hiddenIssues()}): counted but never named (the default), or left out of that viewer's figures, as if Jira
 * had not found them. Leaving them out applies to the issues behind the figures (the issues in key results' scopes,
 * those a key result's JQL finds, the sprint's issues), to key results the viewer may not browse, which then leave
 * their objective's roll-up, and to objectives they may not browse, which leave their parent's.
 */
final class HiddenIssues {
    private HiddenIssues() {
    }

    static boolean leftOut(AppSettings app) {
        return AppSettings.HIDDEN_LEAVE_OUT.equals(app.hiddenIssues());
    }

    /** Every key a leave-out view must know about: what it may name, every issue read and each owner's focus. */
    static Set<String> keys(Collection<String> named, List<IssueFact> facts, List<IssueFact> extra,
                            Map<String, List<String>> focusByOwner) {
        Set<String> keys = new LinkedHashSet<>(named);
        facts.forEach(f -> keys.add(f.key()));
        extra.forEach(f -> keys.add(f.key()));
        focusByOwner.values().forEach(marked -> keys.add(marked.get(0)));
        return keys;
    }

    /**
     * The facts the viewer may browse. An epic they may not browse stays when some of its children are browsable, so
     * that those children keep their initiative; with children, an epic is never counted itself, and it leaves every
     * sprint, so that no sprint figure counts it either.
     */
    static List<IssueFact> visible(List<IssueFact> facts, Visibility visibility) {
        Set<String> epicsOfVisible = new HashSet<>();
        facts.stream().filter(f -> visibility.browsable(f.key()) && f.epicKey() != null)
                .forEach(f -> epicsOfVisible.add(f.epicKey()));
        List<IssueFact> visible = new ArrayList<>();
        for (IssueFact f : facts) {
            if (visibility.browsable(f.key())) {
                visible.add(f);
            } else if (epicsOfVisible.contains(f.key())) {
                visible.add(new IssueFact(f.key(), f.type(), f.subtask(), f.present(), f.statusCategory(), f.timeline(),
                        f.links(), new IssueFact.Planning(f.storyPoints(), List.of()), f.numericFields()));
            }
        }
        return visible;
    }
}
