package dev.northstar.okr.schema;

/** Where the ids of the app's Jira schema are kept (plugin settings inside Jira). */
public interface OkrSchemaStore {

    /** The remembered ids; {@link OkrSchema#EMPTY} before the first setup. */
    OkrSchema current();

    void save(OkrSchema schema);
}
