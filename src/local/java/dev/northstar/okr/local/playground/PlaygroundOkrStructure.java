package dev.northstar.okr.local.playground;

import dev.northstar.okr.schema.OkrSchema;
import dev.northstar.okr.reading.OkrIssue;
import dev.northstar.okr.reading.OkrLinks;
import dev.northstar.okr.reading.OkrStructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Objectives, key results and initiatives of the simulated Jira. Issue and link types are those the app's setup
 * created in the playground's Jira ({@link PlaygroundSchemaGateway}), matched by id as the Jira adapter does.
 */
public final class PlaygroundOkrStructure implements OkrStructure {
    private final PlaygroundJira jira;
    private final PlaygroundSchemaGateway types;
    private final PlaygroundAccess access;

    public PlaygroundOkrStructure(PlaygroundJira jira, PlaygroundSchemaGateway types, PlaygroundAccess access) {
        this.jira = jira;
        this.types = types;
        this.access = access;
    }

    @Override
    public List<OkrIssue> objectives(String projectKey, Collection<String> keys, OkrSchema schema) {
        List<OkrIssue> found = new ArrayList<>();
        for (String key : keys) {
            jira.issue(key).filter(i -> i.projectKey().equals(projectKey)).map(this::okrIssue)
                    .filter(i -> Objects.equals(i.typeId(), schema.objectiveTypeId()))
                    .ifPresent(found::add);
        }
        return found;
    }

    @Override
    public Optional<OkrIssue> issue(String key) {
        return jira.issue(key).map(this::okrIssue);
    }

    @Override
    public Map<String, OkrLinks> links(Collection<OkrIssue> issues, OkrSchema schema) {
        boolean measures = types.linkTypeExists(schema.measuresLinkTypeId());
        boolean drives = types.linkTypeExists(schema.drivesLinkTypeId());
        boolean aligns = types.linkTypeExists(schema.alignsLinkTypeId());
        Map<String, OkrLinks> result = new LinkedHashMap<>();
        for (OkrIssue issue : issues) {
            String key = issue.key();
            result.put(key, new OkrLinks(
                    measures ? okrIssues(jira.keyResultsOf(key)) : List.of(),
                    measures ? okrIssues(jira.objectiveOf(key).stream().toList()) : List.of(),
                    drives ? okrIssues(jira.initiativesOf(key)) : List.of(),
                    aligns ? okrIssues(jira.parentOf(key).stream().toList()) : List.of(),
                    drives ? okrIssues(jira.keyResultsDrivenBy(key)) : List.of()));
        }
        return result;
    }

    @Override
    public Map<String, Boolean> visibility(Collection<String> keys) {
        Map<String, Boolean> result = new LinkedHashMap<>();
        for (String key : keys) {
            if (jira.issue(key).isPresent()) {
                result.put(key, access.visible(key));
            }
        }
        return result;
    }

    @Override
    public Set<String> browsable(Collection<String> keys) {
        Set<String> result = new LinkedHashSet<>();
        for (String key : keys) {
            if (jira.issue(key).isPresent() && access.visible(key)) {
                result.add(key);
            }
        }
        return result;
    }

    private List<OkrIssue> okrIssues(List<String> keys) {
        return keys.stream().map(jira::issue).flatMap(Optional::stream).map(this::okrIssue).toList();
    }

    private OkrIssue okrIssue(PlaygroundJira.Issue issue) {
        return new OkrIssue(issue.id(), issue.key(), issue.summary(), issue.projectKey(), types.typeIdOf(issue),
                access.visible(issue.key()));
    }
}
