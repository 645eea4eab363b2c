package dev.northstar.okr.ui;

import dev.northstar.okr.domain.CheckIn;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The coordinates of the small SVG charts. Templates only print them, so no chart library is needed and what is
 * drawn is exactly what the numbers say. Coordinates are whole pixels.
 */
final class Charts {
    static final int SPARK_WIDTH = 120;
    static final int SPARK_HEIGHT = 32;
    static final int CHART_WIDTH = 360;
    static final int CHART_HEIGHT = 120;
    private static final int LEFT = 34;
    private static final int RIGHT = 8;
    private static final int TOP = 8;
    private static final int BOTTOM = 22;

    private Charts() {
    }

    /** Confidence (1 to 10) over the given check-ins, oldest on the left; null with fewer than two. */
    static Sparkline sparkline(List<CheckIn> newestFirst, ViewParts v) {
        if (newestFirst.size() < 2) {
            return null;
        }
        List<CheckIn> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        int n = oldestFirst.size();
        StringJoiner points = new StringJoiner(" ");
        StringJoiner words = new StringJoiner(", ");
        int x = 0;
        int y = 0;
        for (int i = 0; i < n; i++) {
            x = 2 + (SPARK_WIDTH - 4) * i / (n - 1);
            y = confidenceY(oldestFirst.get(i).confidence());
            points.add(x + "," + y);
            words.add(String.valueOf(oldestFirst.get(i).confidence()));
        }
        return new Sparkline(SPARK_WIDTH, SPARK_HEIGHT, points.toString(), x, y,
                v.t("okr.ui.checkin.sparkline", words.toString()));
    }

    private static int confidenceY(int confidence) {
        int clamped = Math.max(1, Math.min(10, confidence));
        return SPARK_HEIGHT - 2 - (SPARK_HEIGHT - 4) * (clamped - 1) / 9;
    }

    /**
     * An objective's progress at each instant, placed on the cycle's time axis, with the pace line from 0% at the
     * cycle's start to 100% at its end. Progress is an objective's roll-up, so it stays within 0 to 100%.
     */
    static TrendChart trend(Instant start, Instant end, List<Instant> at, List<Double> progress, ViewParts v) {
        if (at.isEmpty() || progress.size() != at.size()) {
            return null;
        }
        int plotWidth = CHART_WIDTH - LEFT - RIGHT;
        int base = CHART_HEIGHT - BOTTOM;
        int plotHeight = base - TOP;
        // seconds, not milliseconds: a cycle stored before lengths were bounded may overflow a long of millis
        double length = Math.max(1, Duration.between(start, end).getSeconds());
        StringJoiner points = new StringJoiner(" ");
        for (int i = 0; i < at.size(); i++) {
            double share = Duration.between(start, at.get(i)).getSeconds() / length;
            int x = LEFT + (int) Math.round(Math.max(0, Math.min(1, share)) * plotWidth);
            double p = Math.max(0, Math.min(1, progress.get(i)));
            int y = base - (int) Math.round(p * plotHeight);
            points.add(x + "," + y);
        }
        String expected = LEFT + "," + base + " " + (LEFT + plotWidth) + "," + TOP;
        Instant middle = start.plus(Duration.between(start, end).dividedBy(2));
        List<ChartTick> ticks = List.of(new ChartTick(LEFT, v.formats().date(start)),
                new ChartTick(LEFT + plotWidth / 2, v.formats().date(middle)),
                new ChartTick(LEFT + plotWidth + RIGHT, v.formats().date(end), "end"));
        String description = v.t("okr.ui.chart.description", v.formats().percent(progress.get(0)),
                v.formats().percent(progress.get(progress.size() - 1)), v.formats().date(at.get(at.size() - 1)));
        return new TrendChart(CHART_WIDTH, CHART_HEIGHT, points.toString(), expected, TOP, base, LEFT,
                LEFT + plotWidth, CHART_HEIGHT - 6, ticks, description);
    }

    /**
     * Where the trend is measured: the cycle's start, every week after it, and now (or the end, once over). Weekly
     * rather than per sprint because a project's sprints depend on the board, while the cycle's weeks do not.
     */
    static List<Instant> weeks(Instant start, Instant end, Instant now) {
        List<Instant> at = new ArrayList<>();
        Instant last = now.isBefore(end) ? now : end;
        if (last.isBefore(start)) {
            return at;
        }
        for (Instant t = start; t.isBefore(last) && at.size() < 60; t = t.plus(Duration.ofDays(7))) {
            at.add(t);
        }
        at.add(last);
        return at;
    }
}
