package dev.northstar.okr.common;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Natural order of Jira issue keys, for stable lists: by project, then by number (TEAM-9 before TEAM-10). Never
 * throws: a text that is no issue key (data edited by hand) sorts after every key, by its text.
 */
public final class KeyOrder {
    public static final Comparator<String> NATURAL = KeyOrder::compare;
    private static final Pattern KEY = Pattern.compile("(.+)-(\\d{1,18})");

    private KeyOrder() {
    }

    private static int compare(String a, String b) {
        Matcher x = KEY.matcher(a);
        Matcher y = KEY.matcher(b);
        boolean xKey = x.matches();
        boolean yKey = y.matches();
        if (xKey && yKey) {
            int project = x.group(1).compareTo(y.group(1));
            return project != 0 ? project : Long.compare(Long.parseLong(x.group(2)), Long.parseLong(y.group(2)));
        }
        if (xKey != yKey) {
            return xKey ? -1 : 1;
        }
        return a.compareTo(b);
    }
}
