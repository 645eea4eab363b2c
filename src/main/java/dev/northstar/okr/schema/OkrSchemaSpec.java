package dev.northstar.okr.schema;

import java.util.List;

/**
 * Everything the app creates in Jira, in one place. Once created, these are found again by the ids remembered in
 * {@link OkrSchemaStore}, never by these names, so an administrator may rename them freely.
 */
public final class OkrSchemaSpec {
    /**
     * Appended to a name that an administrator already uses for something else (a sub-task type, a link type with
     * other descriptions, a field of another kind): the app never takes over or changes what it did not create.
     */
    public static final String CLASH_SUFFIX = " (OKR)";

    public static final IssueTypeSpec OBJECTIVE = new IssueTypeSpec("Objective",
            "A qualitative goal for a cycle, measured by its key results (Northstar OKR).", "okr.schema.objective");
    public static final IssueTypeSpec KEY_RESULT = new IssueTypeSpec("Key Result",
            "A measurable result that shows progress on an objective (Northstar OKR).", "okr.schema.keyResult");

    /** Outward from the key result to the objective it measures. */
    public static final LinkTypeSpec MEASURES = new LinkTypeSpec("Key Result measures Objective",
            "measures", "is measured by", "okr.schema.link.measures");
    /** Outward from the initiative (an epic or any issue) to the key result it drives. */
    public static final LinkTypeSpec DRIVES = new LinkTypeSpec("Initiative drives Key Result",
            "drives", "is driven by", "okr.schema.link.drives");
    /** Outward from the child objective to the parent objective it aligns to. */
    public static final LinkTypeSpec ALIGNS = new LinkTypeSpec("Objective aligns to Objective",
            "aligns to", "has aligned", "okr.schema.link.aligns");

    public static final FieldSpec START = new FieldSpec("Key Result start value",
            "Where the key result's metric started (Northstar OKR).", FieldKind.NUMBER, "okr.schema.field.start");
    public static final FieldSpec TARGET = new FieldSpec("Key Result target value",
            "Where the key result's metric should be at the end of the cycle (Northstar OKR).", FieldKind.NUMBER,
            "okr.schema.field.target");
    public static final FieldSpec CURRENT = new FieldSpec("Key Result current value",
            "The key result's metric now (Northstar OKR).", FieldKind.NUMBER, "okr.schema.field.current");
    public static final FieldSpec UNIT = new FieldSpec("Key Result unit",
            "The unit of the key result's metric, such as %, ms or users (Northstar OKR).", FieldKind.TEXT,
            "okr.schema.field.unit");

    public static final List<LinkTypeSpec> LINK_TYPES = List.of(MEASURES, DRIVES, ALIGNS);
    public static final List<FieldSpec> FIELDS = List.of(START, TARGET, CURRENT, UNIT);

    private OkrSchemaSpec() {
    }
}
