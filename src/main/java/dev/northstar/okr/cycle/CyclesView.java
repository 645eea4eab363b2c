package dev.northstar.okr.cycle;

import java.util.List;

/** The cycles a caller may see, newest start first. */
public record CyclesView(List<CycleView> cycles) {
    public CyclesView {
        cycles = List.copyOf(cycles);
    }
}
