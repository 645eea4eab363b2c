package dev.northstar.okr.ui;

import dev.northstar.okr.errors.RefusedException;
import dev.northstar.okr.cycle.CycleRepository;
import dev.northstar.okr.cycle.StoredCycle;
import dev.northstar.okr.grade.Grade;
import dev.northstar.okr.grade.GradeRepository;
import dev.northstar.okr.objective.ObjectiveSettings;
import dev.northstar.okr.objective.ObjectiveSettingsRepository;
import dev.northstar.okr.schema.OkrSchema;
import dev.northstar.okr.reading.OkrIssue;
import dev.northstar.okr.reading.OkrLinks;
import dev.northstar.okr.reading.OkrReadService;
import dev.northstar.okr.reading.OkrStructure;
import dev.northstar.okr.reading.OkrViews.ObjectiveTree;
import dev.northstar.okr.reading.OkrViews.ObjectiveView;
import dev.northstar.okr.reading.OkrViews.TermView;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the Objective panel from the read service's objective tree: the objective is found in its cycle's tree, so
 * its figures, weights and aligned children are exactly those of the overview.
 */
final class ObjectivePanels {
    private final OkrReadService read;
    private final ObjectiveSettingsRepository objectives;
    private final CycleRepository cycles;
    private final GradeRepository grades;
    private final OkrStructure structure;

    ObjectivePanels(OkrReadService read, ObjectiveSettingsRepository objectives, CycleRepository cycles,
                    GradeRepository grades, OkrStructure structure) {
        this.read = read;
        this.objectives = objectives;
        this.cycles = cycles;
        this.grades = grades;
        this.structure = structure;
    }

    ObjectivePanel build(OkrIssue issue, OkrSchema schema, ViewParts v) {
        Optional<StoredCycle> cycle = objectives.find(issue.key()).map(ObjectiveSettings::cycleId).flatMap(cycles::get);
        if (cycle.isEmpty()) {
            return message(v.t("okr.ui.objective.noCycle"));
        }
        StoredCycle c = cycle.get();
        ObjectiveTree tree;
        try {
            tree = read.objectiveTree(c.id(), issue.projectKey());
        } catch (RefusedException cannot) {
            return message(v.t(cannot.messageKey(), cannot.arguments()));
        }
        List<ObjectiveView> path = new ArrayList<>();
        if (!find(tree.objectives(), issue.key(), path)) {
            return message(v.t("okr.ui.objective.notInTree", c.cycle().name()));
        }
        ObjectiveView o = path.get(path.size() - 1);
        ObjectiveView parentInTree = path.size() > 1 ? path.get(path.size() - 2) : null;
        Formats f = v.formats();
        String cycleText = c.closed() ? v.t("okr.ui.cycle.closedText", c.cycle().name())
                : v.t("okr.ui.cycle.openText", c.cycle().name(), f.date(c.cycle().start()), f.lastDay(c.cycle().end()));
        String commitment = o.committed() ? v.t("okr.ui.objective.committedNote")
                : v.t("okr.ui.objective.aspirationalNote");
        GradeView grade = null;
        String pending = null;
        if (c.closed()) {
            Optional<Grade> given = grades.find(c.id(), issue.key());
            if (given.isPresent()) {
                grade = grade(given.get(), o.committed(), v);
            } else {
                pending = v.t("okr.ui.grade.pending");
            }
        }
        return new ObjectivePanel(null, v.objective(o, 0, true, null), cycleText,
                v.figuresLine(tree.cycle(), tree.asOf(), tree.figuresAt()), commitment, rollup(o, v),
                alignment(issue, schema, o, parentInTree, v), grade, pending);
    }

    private static ObjectivePanel message(String text) {
        return new ObjectivePanel(text, null, null, null, null, null, null, null, null);
    }

    /** Depth-first search for the objective; {@code path} ends with it, its ancestors before it. */
    private static boolean find(List<ObjectiveView> level, String key, List<ObjectiveView> path) {
        for (ObjectiveView o : level) {
            path.add(o);
            if (key.equals(o.key()) || find(o.contents().children(), key, path)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    private static Rollup rollup(ObjectiveView o, ViewParts v) {
        Formats f = v.formats();
        List<TermRow> terms = new ArrayList<>();
        ObjectiveView.Rollup rollup = o.rollup();
        for (TermView t : rollup.terms()) {
            boolean objective = "objective".equals(t.source());
            String label = t.key() != null ? t.key()
                    : objective ? v.t("okr.ui.rollup.hiddenObjective") : v.t("okr.ui.rollup.hiddenKeyResult");
            String share = t.included() && rollup.weightSum() > 0 ? f.percent(t.weight() / rollup.weightSum()) : null;
            String excluded = t.included() ? null
                    : t.weight() == 0 ? v.t("okr.ui.rollup.weightZero") : v.t("okr.ui.rollup.notMeasured");
            terms.add(new TermRow(label, t.key() == null ? null : v.issueUrl(t.key()), f.number(t.weight()),
                    f.percent(t.cappedProgress()), share, excluded));
        }
        return new Rollup(terms, v.t("okr.ui.rollup.sum", f.number(rollup.weightSum())),
                v.t("okr.ui.rollup.formula"));
    }

    private Alignment alignment(OkrIssue issue, OkrSchema schema, ObjectiveView o, ObjectiveView parentInTree,
                                ViewParts v) {
        OkrLinks links = structure.links(List.of(issue), schema).getOrDefault(issue.key(), OkrLinks.NONE);
        IssueRef parent = null;
        String parentText = null;
        if (links.parents().isEmpty()) {
            parentText = v.t("okr.ui.alignment.noParent");
        } else {
            OkrIssue p = links.parents().get(0);
            if (p.visible()) {
                String progress = parentInTree != null && p.key().equals(parentInTree.key())
                        ? v.formats().percent(parentInTree.figures().progress()) : null;
                parent = v.issue(p.key(), p.summary(), progress);
            } else {
                parentText = v.t("okr.ui.alignment.parentHidden");
            }
        }
        ObjectiveView.Contents contents = o.contents();
        List<ObjectiveRow> children = contents.children().stream().map(child -> v.objective(child, 1, false, null))
                .toList();
        String hiddenChildren = contents.hiddenChildren() > 0
                ? v.t("okr.ui.alignment.hiddenChildren", contents.hiddenChildren()) : null;
        return new Alignment(parent, parentText, children, hiddenChildren);
    }

    /** The grade, and how to read it: committed OKRs are expected at 1.0, aspirational ones do well at 0.6 to 0.7. */
    private static GradeView grade(Grade g, boolean committed, ViewParts v) {
        return v.grade(g, committed);
    }
}
