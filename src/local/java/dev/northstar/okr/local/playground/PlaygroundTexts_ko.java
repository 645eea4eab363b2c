package dev.northstar.okr.local.playground;

import java.util.ListResourceBundle;

/** The playground's own words in Korean; see {@link PlaygroundTexts}. */
public class PlaygroundTexts_ko extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
        return new Object[][] {
                {"title", "Northstar OKR 플레이그라운드"},
                {"banner", "Jira 밖의 미리보기: Northstar OKR이 가상의 Jira와 함께 로컬 플레이그라운드에서 실행 중입니다"
                        + " (데이터 세트 \"{0}\"). 이슈는 파일에서 읽으며, 여기서 하는 일은 Jira에 전달되지 않습니다."},
                {"aui.missing", "AUI가 설치되지 않아 Jira 스타일이 적용되지 않습니다: 프로젝트에서 \"npm ci\"를 실행하세요."},
                {"user", "보는 사용자"},
                {"user.anonymous", "익명 (로그인하지 않음)"},
                {"language", "언어"},
                {"issues", "이슈"},
                {"issues.hidden", "볼 수 없는 이슈 {0}개 더 있음"},
                {"start.intro", "Jira 안에서 보이는 그대로의 Northstar OKR: 아래 이슈 페이지의 패널과 앱의 페이지를"
                        + " 가상의 Jira 위에서 보여 줍니다. 위에서 사용자와 언어를 고르세요."},
                {"screens.panels", "핵심 결과, 목표, 이니셔티브 패널은 아래 이슈의 이슈 페이지에 있습니다."},
                {"issue.details", "세부 정보"},
                {"screens", "화면"},
                {"screen.overview", "OKR 개요"},
                {"screen.sprintReview", "스프린트 OKR 리뷰"},
                {"screen.admin", "관리"},
                {"screen.cycles", "OKR 주기"},
                {"screen.grading", "OKR 평가"},
                {"rest", "REST API"},
                {"loginRequired", "이 페이지를 보려면 로그인하세요: 위에서 사용자를 선택하세요."},
                {"noScreen", "이 사용자에게 보여 줄 내용이 없습니다."},
                {"issue.type", "유형"},
                {"issue.status", "상태"},
                {"issue.project", "프로젝트"},
                {"issue.security", "보안 수준"},
                {"issue.links", "이슈 링크"},
                {"issue.jiraNames", "유형, 상태, 링크 이름은 Jira의 것입니다. Jira는 관리자가 정한 이름을 모든 언어에서 그대로"
                        + " 보여 줍니다 (앱은 자신의 이슈 유형과 링크를 만들 때 영어 이름을 붙입니다). 앱의 패널은 이를 사용자의 언어로"
                        + " 표시합니다."},
        };
    }
}
