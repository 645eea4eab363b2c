package org.ofbiz.core.entity;

/** Declaration only (see src/api/README.md): named by {@code ChangeHistory}'s constructor, never used by the app. */
public class GenericValue {
    private GenericValue() {
    }
}
