package dev.northstar.okr.setup;

import java.util.stream.Stream;

/**
 * Ids of what the app created in Jira, remembered so that an admin renaming an issue type, link type or field
 * breaks nothing. A null id means "not created yet" (setup runs again and fills it in).
 *
 * @param measuresLinkTypeId "Key Result measures Objective" (outward from the KR)
 * @param drivesLinkTypeId   "Initiative drives Key Result" (outward from the initiative)
 * @param alignsLinkTypeId   "Objective aligns to Objective" (outward from the child objective)
 * @param startFieldId       number field on Key Result issues, e.g. customfield_10400; likewise target and current
 * @param unitFieldId        text field on Key Result issues
 */
public record OkrSchema(String objectiveTypeId, String keyResultTypeId, Long measuresLinkTypeId,
                        Long drivesLinkTypeId, Long alignsLinkTypeId, String startFieldId, String targetFieldId,
                        String currentFieldId, String unitFieldId) {

    public static final OkrSchema EMPTY = new OkrSchema(null, null, null, null, null, null, null, null, null);

    /** Everything exists: the app can read and write OKRs. */
    public boolean complete() {
        return Stream.of(objectiveTypeId, keyResultTypeId, measuresLinkTypeId, drivesLinkTypeId, alignsLinkTypeId,
                startFieldId, targetFieldId, currentFieldId, unitFieldId).allMatch(id -> id != null);
    }
}
