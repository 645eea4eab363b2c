package dev.northstar.okr.reading;

import dev.northstar.okr.host.Texts;
import dev.northstar.okr.progress.KeyResultProgress;
import dev.northstar.okr.progress.Measurement;
import dev.northstar.okr.progress.ObjectiveProgress;
import dev.northstar.okr.progress.PlanProgress;
import dev.northstar.okr.progress.RollupTerm;
import dev.northstar.okr.reading.OkrViews.CycleView;
import dev.northstar.okr.reading.OkrViews.KeyResultView;
import dev.northstar.okr.reading.OkrViews.ObjectiveTree;
import dev.northstar.okr.reading.OkrViews.ObjectiveView;
import dev.northstar.okr.reading.OkrViews.TermView;

import java.util.ArrayList;
import java.util.List;

import static dev.northstar.okr.reading.ViewValues.pace;

/**
 * The objective tree as the caller may see it. An objective the caller may not browse keeps its place, without key,
 * title or owner, only when something under it may be shown; otherwise it is counted as hidden.
 */
final class ObjectiveViews {
    private final Texts texts;
    private final KeyResultViews keyResults;

    ObjectiveViews(Texts texts, KeyResultViews keyResults) {
        this.texts = texts;
        this.keyResults = keyResults;
    }

    ObjectiveTree tree(CycleView cycle, String projectKey, Measurement at, Loaded loaded, PlanProgress progress) {
        List<ObjectiveView> roots = new ArrayList<>();
        int hiddenRoots = 0;
        for (ObjectiveProgress root : progress.roots()) {
            ObjectiveView view = objective(loaded, root);
            if (view == null) {
                hiddenRoots++;
            } else {
                roots.add(view);
            }
        }
        return new ObjectiveTree(cycle, projectKey, ViewValues.iso(at.at()), at.basis().id(), roots, hiddenRoots,
                loaded.warnings());
    }

    /** The objective's view, or null when neither it nor anything under it may be shown. */
    private ObjectiveView objective(Loaded loaded, ObjectiveProgress o) {
        List<ObjectiveView> children = new ArrayList<>();
        int hiddenChildren = 0;
        for (ObjectiveProgress c : o.children()) {
            ObjectiveView child = objective(loaded, c);
            if (child == null) {
                hiddenChildren++;
            } else {
                children.add(child);
            }
        }
        boolean hidden = loaded.hidden(o.key());
        if (hidden && children.isEmpty()) {
            return null;
        }
        List<KeyResultView> krs = new ArrayList<>();
        int hiddenKrs = 0;
        if (!hidden) {
            for (KeyResultProgress k : o.keyResults()) {
                if (loaded.hidden(k.key())) {
                    hiddenKrs++;
                } else {
                    krs.add(keyResults.keyResult(loaded, k));
                }
            }
        } else {
            hiddenKrs = o.keyResults().size();
        }
        List<TermView> terms = new ArrayList<>();
        for (RollupTerm t : o.rollup().terms()) {
            terms.add(new TermView(t.source(), hidden || loaded.hidden(t.key()) ? null : t.key(), t.weight(),
                    t.cappedProgress(), t.included()));
        }
        return new ObjectiveView(hidden ? null : o.key(), hidden ? null : o.title(), hidden ? null : o.owner(),
                o.committed(), hidden, new ObjectiveView.Figures(o.weight(), o.progress(), pace(o.pace())),
                new ObjectiveView.Contents(krs, hiddenKrs, children, hiddenChildren),
                new ObjectiveView.Rollup(terms, o.rollup().weightSum()), warnings(o.keyResults().size()));
    }

    /** Four or more key results dilute an objective's focus. */
    private List<String> warnings(int keyResultCount) {
        List<String> warnings = new ArrayList<>();
        if (keyResultCount > 5) {
            warnings.add(texts.text("okr.warning.keyResultsTooMany", keyResultCount));
        } else if (keyResultCount >= 4) {
            warnings.add(texts.text("okr.warning.keyResultsMany", keyResultCount));
        }
        return warnings;
    }
}
