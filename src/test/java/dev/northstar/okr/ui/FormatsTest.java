package dev.northstar.okr.ui;

import org.junit.Test;

import java.util.Locale;

import static org.junit.Assert.assertEquals;

/** Percentages and changes as the screens show them: the sign and the colour follow the rounded figure. */
public class FormatsTest {
    private final Formats english = new Formats(Locale.ENGLISH);
    private final Formats korean = new Formats(Locale.KOREAN);

    @Test
    public void shouldSignAChangeAfterRoundingIt() {
        assertEquals("+50%", english.signedPercent(0.5));
        assertEquals("-5%", english.signedPercent(-0.05));
        assertEquals("0%", english.signedPercent(-0.004));
        assertEquals("0%", english.signedPercent(0.004));
        assertEquals("0%", english.signedPercent(0.0));
        assertEquals("+1%", english.signedPercent(0.005));
        assertEquals("0%", korean.signedPercent(-0.004));
        assertEquals("-5%", korean.signedPercent(-0.05));
    }

    @Test
    public void shouldColourAChangeThatRoundsToZeroNeutrally() {
        assertEquals("aui-lozenge-subtle", Formats.changeCss(-0.004));
        assertEquals("aui-lozenge-subtle", Formats.changeCss(0.004));
        assertEquals("aui-lozenge-error", Formats.changeCss(-0.006));
        assertEquals("aui-lozenge-success", Formats.changeCss(0.02));
    }

    @Test
    public void shouldNeverShowMinusZeroPercent() {
        assertEquals("0%", english.percent(-0.001));
        assertEquals("0%", korean.percent(-0.001));
        assertEquals("-12%", english.percent(-0.12));
        assertEquals("142%", english.percent(1.42));
        assertEquals("63%", english.percent(0.625));
    }
}
