package dev.northstar.okr.local.simjira;

import java.util.ListResourceBundle;

/** The simulated Jira's refusals of changes in Korean. */
public class WriteTexts_ko extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
        return new Object[][] {
                {"write.notLoggedIn", "로그인하지 않았으며, 게스트로 선택한 이슈에 작업하는 데 필요한 권한이 없습니다."},
                {"write.project", "올바른 프로젝트를 지정해야 합니다."},
                {"write.createPermission", "이 프로젝트에서 이슈를 만들 권한이 없습니다."},
                {"write.editPermission", "이 프로젝트의 이슈를 편집할 권한이 없습니다."},
                {"write.deletePermission", "이 프로젝트의 이슈를 삭제할 권한이 없습니다."},
                {"write.linkPermission", "이 프로젝트의 이슈를 연결할 권한이 없습니다."},
                {"write.issueType", "선택한 이슈 유형이 올바르지 않습니다."},
                {"write.summary", "이슈의 요약을 입력해야 합니다."},
                {"write.summaryTooLong", "요약은 255자보다 짧아야 합니다."},
                {"write.reporter", "지정한 보고자는 사용자가 아닙니다."},
                {"write.reporterPermission", "이슈의 보고자를 바꿀 권한이 없습니다."},
                {"write.noField", "사용자 정의 필드 {0}이(가) 없습니다."},
                {"write.invalidNumber", "''{0}''은(는) 올바른 숫자가 아닙니다"},
                {"write.numberTooLarge", "숫자는 100000000000000보다 작아야 합니다."},
                {"write.textTooLong", "입력한 텍스트가 너무 깁니다. 허용된 한도인 255자를 넘습니다."},
                {"write.unsupportedField", "플레이그라운드의 이슈 서비스는 {0} 필드를 설정하지 않습니다."},
                {"write.notOnScreen", "''{0}'' 필드를 설정할 수 없습니다. 해당 화면에 없거나 알 수 없는 필드입니다."},
                {"write.noIssue", "이슈가 더 이상 없습니다."},
                {"write.linkType", "ID가 ''{0}''인 이슈 연결 유형이 없습니다."},
                {"write.linkIssue", "이슈 ''{0}''이(가) 없거나 볼 권한이 없습니다."},
                {"write.linkSelf", "이슈를 자기 자신에게 연결할 수 없습니다."},
                {"write.noLink", "연결이 없습니다."},
                {"write.linkOut", "This issue {0} {1}"},
        };
    }
}
