package dev.northstar.okr.ui;

import dev.northstar.okr.host.Texts;

/**
 * The fixed labels of a template, translated into the caller's language: {@code $text.get('okr.ui.kr.history')}.
 * Only labels without arguments come from here; every text with a figure in it is formatted by the view model.
 */
public final class TextView {
    private final Texts texts;

    public TextView(Texts texts) {
        this.texts = texts;
    }

    /** The translation of a bundle key (the key itself when the bundles lack it, so a gap is visible). */
    public String get(String key) {
        return texts.text(key);
    }
}
