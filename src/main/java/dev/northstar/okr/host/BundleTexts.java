package dev.northstar.okr.host;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Texts straight from the app's own bundles ({@code i18n/okr*.properties}), formatted as Jira formats them.
 * Used where Jira's I18nHelper is not there: the command line, the playground and tests.
 */
public class BundleTexts implements Texts {
    private final Supplier<Locale> locale;

    public BundleTexts(Supplier<Locale> locale) {
        this.locale = locale;
    }

    @Override
    public String text(String key, Object... arguments) {
        Locale current = locale.get();
        String pattern;
        try {
            // No fallback to the JVM's default locale: an English request on a Korean machine stays English.
            pattern = ResourceBundle.getBundle("i18n.okr", current, BundleTexts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException unknown) {
            return key;
        }
        return new MessageFormat(pattern, current).format(arguments);
    }
}
