package dev.northstar.okr.authoring;

import dev.northstar.okr.errors.ConflictException;
import dev.northstar.okr.errors.ForbiddenException;
import dev.northstar.okr.errors.InvalidInputException;
import dev.northstar.okr.errors.NotFoundException;
import dev.northstar.okr.host.Access;
import dev.northstar.okr.host.Caller;
import dev.northstar.okr.reading.OkrIssue;
import dev.northstar.okr.reading.OkrLinks;
import dev.northstar.okr.reading.OkrReadService;
import dev.northstar.okr.reading.OkrStructure;
import dev.northstar.okr.schema.OkrSchema;
import dev.northstar.okr.schema.OkrSchemaStore;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The app's links, made and removed as the user through Jira's link service: an objective aligns to a parent
 * objective ("aligns to", from the child), an initiative drives a key result ("drives", from the initiative). Each is
 * made from the issue the user acts on, whose project's Link Issues permission Jira checks: a child aligning to its
 * parent from the child's panel, a parent letting go of a child from the parent's panel, an initiative linked from the
 * key result's panel or a key result driven from the initiative's panel. The callers have checked that the user may
 * browse both issues; this class checks what the link must be (an objective's parent is an objective, without a loop,
 * one parent at a time; an initiative is no objective or key result) and asks Jira.
 *
 * <p>Jira's link service publishes no issue event the app listens to, so after each change this class drops the read
 * cache's entries of both issues itself (on every node).
 */
public class LinkWrites {
    /** How many objectives above a new parent are looked at for a loop: far beyond any real company's levels. */
    static final int MAX_WALK = 500;

    private final IssueWrites writes;
    private final OkrStructure structure;
    private final OkrSchemaStore schemas;
    private final OkrReadService reads;
    private final Access access;

    public LinkWrites(IssueWrites writes, OkrStructure structure, OkrSchemaStore schemas, OkrReadService reads,
                      Access access) {
        this.writes = writes;
        this.structure = structure;
        this.schemas = schemas;
        this.reads = reads;
        this.access = access;
    }

    /** Whether the caller may link from the issue (Jira's Link Issues permission on it). */
    public boolean mayLink(String issueKey) {
        return writes.mayLink(issueKey);
    }

    /**
     * Aligns the objective to a parent objective. Nothing happens when it aligns to that parent already; 409 when it
     * aligns to another one (unlink that first); 400 when the parent is no objective, is the objective itself or is
     * aligned (however far down) to it.
     */
    public void alignToParent(Caller caller, String childKey, String parentKey) {
        OkrSchema schema = schema();
        OkrIssue child = objective(childKey, schema, "key");
        OkrIssue parent = structure.issue(parentKey).filter(i -> i.typeId().equals(schema.objectiveTypeId()))
                .orElseThrow(() -> new InvalidInputException("parent", "okr.error.parentNotObjective", parentKey));
        mayLinkFrom(childKey, "key");
        if (child.key().equals(parent.key()) || alignedBelow(child, parent, schema)) {
            throw new InvalidInputException("parent", "okr.error.parentCycle");
        }
        List<OkrIssue> parents = links(child, schema).parents();
        if (parents.stream().anyMatch(p -> p.key().equals(parent.key()))) {
            return;
        }
        if (!parents.isEmpty()) {
            String other = parents.get(0).key();
            throw access.canBrowseIssue(caller, other)
                    ? new ConflictException("parent", "okr.error.alreadyAligned", childKey, other)
                    : new ConflictException("parent", "okr.error.alreadyAlignedHidden", childKey);
        }
        write(writes.link(new LinkChange(childKey, parent.key(), schema.alignsLinkTypeId(), true)), "parent",
                childKey);
        forget(childKey, parent.key());
    }

    /** Removes the objective's alignment to its parent (any parent it aligns to); nothing to remove is no error. */
    public void unlinkParent(Caller caller, String childKey) {
        OkrSchema schema = schema();
        OkrIssue child = objective(childKey, schema, "key");
        mayLinkFrom(childKey, "key");
        for (OkrIssue parent : links(child, schema).parents()) {
            write(writes.unlink(new LinkChange(childKey, parent.key(), schema.alignsLinkTypeId(), true)), "key",
                    childKey);
            forget(childKey, parent.key());
        }
    }

    /** Lets go of an objective aligned to this one, acting from the parent; 404 when it does not align to it. */
    public void unlinkChild(Caller caller, String parentKey, String childKey) {
        OkrSchema schema = schema();
        OkrIssue parent = objective(parentKey, schema, "key");
        mayLinkFrom(parentKey, "key");
        OkrIssue child = structure.issue(childKey).orElseThrow(() -> notAligned(childKey, parentKey));
        if (links(child, schema).parents().stream().noneMatch(p -> p.key().equals(parent.key()))) {
            throw notAligned(childKey, parentKey);
        }
        write(writes.unlink(new LinkChange(parentKey, childKey, schema.alignsLinkTypeId(), false)), "childKey",
                parentKey);
        forget(childKey, parentKey);
    }

    /**
     * Links an initiative to the key result it drives, acting from the key result ({@code fromInitiative} false) or
     * from the initiative. 400 when the initiative is the key result itself, an objective or a key result.
     */
    public void linkInitiative(Caller caller, String keyResultKey, String initiativeKey, boolean fromInitiative) {
        OkrSchema schema = schema();
        initiativePair(keyResultKey, initiativeKey, schema, fromInitiative);
        LinkChange change = fromInitiative
                ? new LinkChange(initiativeKey, keyResultKey, schema.drivesLinkTypeId(), true)
                : new LinkChange(keyResultKey, initiativeKey, schema.drivesLinkTypeId(), false);
        write(writes.link(change), fromInitiative ? "keyResult" : "issueKey", change.actingKey());
        forget(keyResultKey, initiativeKey);
    }

    /** Removes an initiative's link to the key result, acting from either; nothing to remove is no error. */
    public void unlinkInitiative(Caller caller, String keyResultKey, String initiativeKey, boolean fromInitiative) {
        OkrSchema schema = schema();
        initiativePair(keyResultKey, initiativeKey, schema, fromInitiative);
        LinkChange change = fromInitiative
                ? new LinkChange(initiativeKey, keyResultKey, schema.drivesLinkTypeId(), true)
                : new LinkChange(keyResultKey, initiativeKey, schema.drivesLinkTypeId(), false);
        write(writes.unlink(change), fromInitiative ? "keyResult" : "issueKey", change.actingKey());
        forget(keyResultKey, initiativeKey);
    }

    private void initiativePair(String keyResultKey, String initiativeKey, OkrSchema schema, boolean fromInitiative) {
        String keyResultField = fromInitiative ? "keyResult" : "key";
        String initiativeField = fromInitiative ? "key" : "issueKey";
        structure.issue(keyResultKey).filter(i -> i.typeId().equals(schema.keyResultTypeId()))
                .orElseThrow(() -> new NotFoundException(keyResultField, "okr.error.keyResultNotFound", keyResultKey));
        OkrIssue initiative = structure.issue(initiativeKey)
                .orElseThrow(() -> new NotFoundException(initiativeField, "okr.error.issueNotFound", initiativeKey));
        mayLinkFrom(fromInitiative ? initiativeKey : keyResultKey, "key");
        if (initiative.key().equals(keyResultKey)) {
            throw new InvalidInputException(initiativeField, "okr.error.initiativeIsKeyResult");
        }
        if (initiative.typeId().equals(schema.objectiveTypeId()) || initiative.typeId().equals(schema.keyResultTypeId())) {
            throw new InvalidInputException(initiativeField, "okr.error.initiativeIsOkr", initiativeKey);
        }
    }

    private OkrSchema schema() {
        OkrSchema schema = schemas.current();
        if (!schema.complete()) {
            throw new ConflictException(null, "okr.error.setupIncomplete");
        }
        return schema;
    }

    private OkrIssue objective(String key, OkrSchema schema, String field) {
        return structure.issue(key).filter(i -> i.typeId().equals(schema.objectiveTypeId()))
                .orElseThrow(() -> new NotFoundException(field, "okr.error.objectiveNotFound", key));
    }

    private void mayLinkFrom(String key, String field) {
        if (!writes.mayLink(key)) {
            throw new ForbiddenException(field, "okr.error.linkRequired", key);
        }
    }

    private OkrLinks links(OkrIssue issue, OkrSchema schema) {
        return structure.links(List.of(issue), schema).getOrDefault(issue.key(), OkrLinks.NONE);
    }

    /**
     * Whether {@code candidate} aligns, however far up its chain, to {@code objective}: aligning {@code objective} to
     * it would then close a loop.
     */
    private boolean alignedBelow(OkrIssue objective, OkrIssue candidate, OkrSchema schema) {
        Deque<OkrIssue> up = new ArrayDeque<>(List.of(candidate));
        Set<String> seen = new HashSet<>();
        for (int walked = 0; !up.isEmpty() && walked < MAX_WALK; walked++) {
            OkrIssue next = up.poll();
            if (!seen.add(next.key())) {
                continue;
            }
            for (OkrIssue parent : links(next, schema).parents()) {
                if (parent.key().equals(objective.key())) {
                    return true;
                }
                up.add(parent);
            }
        }
        return false;
    }

    private static NotFoundException notAligned(String childKey, String parentKey) {
        return new NotFoundException("childKey", "okr.error.notAligned", childKey, parentKey);
    }

    private static void write(Written<Void> written, String field, String key) {
        if (!written.ok()) {
            throw Refusals.of(written, Map.of("issuekeys", field), field, key);
        }
    }

    /** Drops what the read cache holds about both ends of a link, on every node. */
    private void forget(String one, String other) {
        reads.forgetIssue(one, List.of(other));
        reads.forgetIssue(other, List.of(one));
    }
}
