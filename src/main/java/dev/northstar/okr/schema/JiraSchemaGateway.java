package dev.northstar.okr.schema;

import java.util.List;
import java.util.Optional;

/**
 * What setup needs from Jira's configuration, in the app's terms: find an issue type, link type or custom field by
 * id or by name, create one, and put issue types into a project's issue type scheme. Implemented in the
 * {@code jira} package over Jira's managers; the setup rules are tested over an in-memory fake of it.
 */
public interface JiraSchemaGateway {

    /** An issue type as Jira has it now (the name may have been changed by an administrator). */
    record IssueTypeInfo(String id, String name, boolean subTask) {
    }

    /** An issue link type as Jira has it now. */
    record LinkTypeInfo(long id, String name, String outward, String inward) {
    }

    /** A custom field as Jira has it now; {@code kind} is null when it is neither of the app's kinds. */
    record FieldInfo(String id, String name, FieldKind kind) {
    }

    Optional<IssueTypeInfo> issueType(String id);

    /** Issue types whose name equals {@code name}, ignoring case (Jira refuses two types named alike). */
    List<IssueTypeInfo> issueTypesNamed(String name);

    IssueTypeInfo createIssueType(String name, String description);

    Optional<LinkTypeInfo> linkType(long id);

    List<LinkTypeInfo> linkTypesNamed(String name);

    LinkTypeInfo createLinkType(String name, String outward, String inward);

    Optional<FieldInfo> field(String id);

    List<FieldInfo> fieldsNamed(String name);

    /**
     * Creates a searchable custom field of {@code kind} in the global context (all projects), applying to the issue
     * type {@code issueTypeId} only.
     */
    FieldInfo createField(String name, String description, FieldKind kind, String issueTypeId);

    /** Ids of the issue types in the project's issue type scheme; empty when there is no such project. */
    Optional<List<String>> projectIssueTypeIds(String projectKey);

    /** Adds the issue types to the project's issue type scheme, keeping the ones it has. */
    void addIssueTypesToProject(String projectKey, List<String> issueTypeIds);
}
