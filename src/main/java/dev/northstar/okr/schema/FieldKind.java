package dev.northstar.okr.schema;

/** The two kinds of custom field the app creates: a number (start, target, current value) or a short text (unit). */
public enum FieldKind {
    NUMBER,
    TEXT
}
