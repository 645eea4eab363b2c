package dev.northstar.okr.domain;

import org.junit.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;

public class IssueKeyOrderTest {

    @Test
    public void shouldSortByProjectThenNumberAndPutTextsThatAreNoKeysLast() {
        List<String> keys = new ArrayList<>(List.of("TEAM-10", "zzz", "AC-2", "TEAM-9", "TEAM-", "AC-10"));

        keys.sort(IssueKey.KEY_ORDER);

        assertEquals(List.of("AC-2", "AC-10", "TEAM-9", "TEAM-10", "TEAM-", "zzz"), keys);
    }

    @Test
    public void shouldOrderAsThePatternOfAnIssueKeySplitsIt() {
        // the order once made with the regular expression (.+)-(\d{1,18}), kept as the reference
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("(.+)-(\\d{1,18})");
        java.util.Comparator<String> reference = (a, b) -> {
            java.util.regex.Matcher x = key.matcher(a);
            java.util.regex.Matcher y = key.matcher(b);
            if (x.matches() && y.matches()) {
                int project = x.group(1).compareTo(y.group(1));
                return project != 0 ? project : Long.compare(Long.parseLong(x.group(2)), Long.parseLong(y.group(2)));
            }
            if (x.matches() != y.matches()) {
                return x.matches() ? -1 : 1;
            }
            return a.compareTo(b);
        };
        java.util.Random random = new java.util.Random(14);
        String alphabet = "AB-0129x\n\u2028";
        List<String> texts = new ArrayList<>(List.of("A-1-2", "-5", "A-", "A-1234567890123456789", "A-123456789012345678",
                "A\n-1", "A-1\n", "AB-01", "AB-1"));
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(7); n >= 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        for (String a : texts) {
            for (String b : texts.subList(0, 200)) {
                assertEquals(a + " vs " + b, Integer.signum(reference.compare(a, b)),
                        Integer.signum(IssueKey.KEY_ORDER.compare(a, b)));
            }
        }
    }
}
