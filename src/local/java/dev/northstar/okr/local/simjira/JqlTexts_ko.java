package dev.northstar.okr.local.simjira;

import java.util.ListResourceBundle;

/**
 * The simulated Jira's JQL messages in Korean.
 */
public class JqlTexts_ko extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
        return new Object[][] {
                {"jql.empty", "쿼리가 비어 있습니다."},
                {"jql.syntax", "플레이그라운드가 \"{0}\" 근처의 쿼리를 읽을 수 없습니다: field = value, field != value,"
                        + " field in (a, b), field not in (a, b)를 AND로 이은 쿼리만 실행합니다."},
                {"jql.unsupported", "플레이그라운드는 JQL의 일부만 실행하며 \"{0}\"는 지원하지 않습니다: 각 절은 field = value,"
                        + " field != value, field in (...), field not in (...)이고 AND로 잇습니다."},
                {"jql.unsupportedField", "플레이그라운드의 JQL은 \"{0}\" 필드를 모릅니다. project, issuetype, status,"
                        + " statusCategory, key, parent, \"Epic Link\", sprint를 지원합니다."},
        };
    }
}
