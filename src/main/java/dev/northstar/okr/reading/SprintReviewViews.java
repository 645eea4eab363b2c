package dev.northstar.okr.reading;

import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.domain.Sprint;
import dev.northstar.okr.progress.Pace;
import dev.northstar.okr.progress.SprintReview;
import dev.northstar.okr.reading.OkrViews.AlignmentView;
import dev.northstar.okr.reading.OkrViews.CompletedView;
import dev.northstar.okr.reading.OkrViews.CycleView;
import dev.northstar.okr.reading.OkrViews.SprintKeyResultView;
import dev.northstar.okr.reading.OkrViews.SprintReviewView;
import dev.northstar.okr.reading.OkrViews.SprintView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.northstar.okr.reading.ViewValues.checkIn;
import static dev.northstar.okr.reading.ViewValues.iso;
import static dev.northstar.okr.reading.ViewValues.pace;

/**
 * A sprint's review as the caller may see it: key results and sprint issues the caller may not browse are counted,
 * never named; the alignment is counts only, so hidden issues are part of it.
 */
final class SprintReviewViews {
    private SprintReviewViews() {
    }

    /**
     * @param cycleOfKeyResult each key result's own cycle: its pace at the sprint's end is measured against it (the
     *                         review may hold key results of several cycles the sprint started in)
     */
    static SprintReviewView review(Sprint sprint, String projectKey, CycleView cycle, SprintReview review,
                                   Loaded loaded, List<String> warnings, Map<String, Cycle> cycleOfKeyResult) {
        List<SprintKeyResultView> krs = new ArrayList<>();
        int hiddenKrs = 0;
        for (SprintReview.KrSprintDelta d : review.keyResults()) {
            if (loaded.hidden(d.key())) {
                hiddenKrs++;
            } else {
                Cycle own = cycleOfKeyResult.get(d.key());
                Pace paceAtEnd = own == null ? d.paceAtEnd()
                        : Pace.of(d.progressAtEnd(), own, review.end(), loaded.engine().options());
                krs.add(keyResult(loaded.visibility(), d, paceAtEnd));
            }
        }
        SprintReview.Alignment a = review.alignment();
        return new SprintReviewView(new SprintView(sprint.id(), sprint.name(), sprint.state(), iso(sprint.start()),
                iso(sprint.end()), iso(sprint.complete())), projectKey, cycle, iso(review.start()),
                iso(review.end()), krs, hiddenKrs, new AlignmentView(a.completed(), a.aligned(), a.share(),
                a.points(), a.alignedPoints(), a.pointsShare(), a.unestimated()), warnings);
    }

    private static SprintKeyResultView keyResult(Visibility visibility, SprintReview.KrSprintDelta d, Pace paceAtEnd) {
        List<CompletedView> completed = new ArrayList<>();
        int hiddenCompleted = 0;
        for (SprintReview.CompletedIssue c : d.completed()) {
            if (visibility.hidden(c.key())) {
                hiddenCompleted++;
            } else {
                completed.add(new CompletedView(c.key(), c.points(), iso(c.doneAt())));
            }
        }
        List<String> notDone = visibility.visible(d.notDone());
        List<String> started = visibility.visible(d.started());
        return new SprintKeyResultView(d.key(), d.title(),
                new SprintKeyResultView.Movement(d.progressAtStart(), d.progressAtEnd(), d.delta()),
                new SprintKeyResultView.Finished(completed, hiddenCompleted, d.pointsCompleted()),
                new SprintKeyResultView.Unfinished(notDone, d.notDone().size() - notDone.size()),
                pace(paceAtEnd), checkIn(d.checkIns()), started, d.started().size() - started.size());
    }
}
