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
    static final int CHART_WIDTH = 440;
    static final int CHART_HEIGHT = 134;
    /** Room for the progress axis' labels ("100%") on the left. */
    private static final int LEFT = 44;
    private static final int RIGHT = 16;
    private static final int TOP = 12;
    /** 0% to 100% */
    private static final int PLOT_HEIGHT = 100;
    /** Baseline of the dates under the time axis. */
    private static final int DATES_BELOW = 16;

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
     * cycle's start to 100% at its end, the progress axis (0%, 50%, 100%) and the dates of the cycle's start, middle
     * and last day. The last value is the figure the page shows as the objective's progress, and is labelled with it.
     * Progress is an objective's roll-up, so it stays within 0 to 100%.
     */
    static TrendChart trend(Instant start, Instant end, List<Instant> at, List<Double> progress, ViewParts v) {
        if (at.isEmpty() || progress.size() != at.size()) {
            return null;
        }
        Formats f = v.formats();
        int plotWidth = CHART_WIDTH - LEFT - RIGHT;
        int right = LEFT + plotWidth;
        int base = TOP + PLOT_HEIGHT;
        // seconds, not milliseconds: a cycle stored before lengths were bounded may overflow a long of millis
        double length = Math.max(1, Duration.between(start, end).getSeconds());
        StringJoiner points = new StringJoiner(" ");
        int x = LEFT;
        int y = base;
        for (int i = 0; i < at.size(); i++) {
            double share = Duration.between(start, at.get(i)).getSeconds() / length;
            x = LEFT + (int) Math.round(Math.max(0, Math.min(1, share)) * plotWidth);
            y = y(progress.get(i));
            points.add(x + "," + y);
        }
        String expected = LEFT + "," + base + " " + right + "," + TOP;
        Instant middle = start.plus(Duration.between(start, end).dividedBy(2));
        int dates = base + DATES_BELOW;
        List<ChartTick> ticks = List.of(new ChartTick(LEFT, dates, f.date(start), "start"),
                new ChartTick(LEFT + plotWidth / 2, dates, f.date(middle), "middle"),
                new ChartTick(right, dates, f.lastDay(end), "end"));
        List<ChartTick> levels = List.of(new ChartTick(LEFT - 6, y(1.0), f.percent(1.0), "end"),
                new ChartTick(LEFT - 6, y(0.5), f.percent(0.5), "end"),
                new ChartTick(LEFT - 6, y(0.0), f.percent(0.0), "end"));
        double now = progress.get(progress.size() - 1);
        // the figure beside the last point, inside the chart: right of it, or left of it near the right edge
        boolean roomRight = x + 8 + 32 <= CHART_WIDTH;
        ChartTick last = new ChartTick(roomRight ? x + 7 : x - 7, Math.max(TOP - 2, y - 6), f.percent(now),
                roomRight ? "start" : "end");
        Instant lastAt = at.get(at.size() - 1);
        String description = v.t("okr.ui.chart.description", f.percent(progress.get(0)), f.percent(now),
                lastAt.equals(end) ? f.lastDay(end) : f.date(lastAt));
        return new TrendChart(CHART_WIDTH, CHART_HEIGHT, points.toString(), expected,
                new TrendChart.Plot(LEFT, right, TOP, base, x, y), ticks, levels, last, description);
    }

    private static int y(double progress) {
        double p = Double.isFinite(progress) ? Math.max(0, Math.min(1, progress)) : 0;
        return TOP + PLOT_HEIGHT - (int) Math.round(p * PLOT_HEIGHT);
    }

    /**
     * Where the trend is measured: the cycle's start and every week after it, up to the instant the page's figures are
     * measured at ({@code asOf}: now, or when the cycle is over whatever instant its figures are taken at), which is
     * the last point, so that the chart ends on the figure the page shows. Weekly rather than per sprint because a
     * project's sprints depend on the board, while the cycle's weeks do not.
     */
    static List<Instant> weeks(Instant start, Instant end, Instant asOf) {
        List<Instant> at = new ArrayList<>();
        if (asOf.isBefore(start)) {
            return at;
        }
        Instant last = asOf.isBefore(end) ? asOf : end;
        for (Instant t = start; t.isBefore(last) && at.size() < 60; t = t.plus(Duration.ofDays(7))) {
            at.add(t);
        }
        at.add(asOf);
        return at;
    }
}
