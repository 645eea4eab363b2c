package dev.northstar.okr.schema;

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

    /**
     * A copy with one id changed; {@code item} is the component's name without "Id" (e.g. "keyResultType"), and a
     * link type's id is given as text.
     */
    public OkrSchema with(String item, String id) {
        Long linkId = id == null ? null : switch (item) {
            case "measuresLinkType", "drivesLinkType", "alignsLinkType" -> Long.valueOf(id);
            default -> null;
        };
        return switch (item) {
            case "objectiveType" -> new OkrSchema(id, keyResultTypeId, measuresLinkTypeId, drivesLinkTypeId,
                    alignsLinkTypeId, startFieldId, targetFieldId, currentFieldId, unitFieldId);
            case "keyResultType" -> new OkrSchema(objectiveTypeId, id, measuresLinkTypeId, drivesLinkTypeId,
                    alignsLinkTypeId, startFieldId, targetFieldId, currentFieldId, unitFieldId);
            case "measuresLinkType" -> new OkrSchema(objectiveTypeId, keyResultTypeId, linkId, drivesLinkTypeId,
                    alignsLinkTypeId, startFieldId, targetFieldId, currentFieldId, unitFieldId);
            case "drivesLinkType" -> new OkrSchema(objectiveTypeId, keyResultTypeId, measuresLinkTypeId, linkId,
                    alignsLinkTypeId, startFieldId, targetFieldId, currentFieldId, unitFieldId);
            case "alignsLinkType" -> new OkrSchema(objectiveTypeId, keyResultTypeId, measuresLinkTypeId,
                    drivesLinkTypeId, linkId, startFieldId, targetFieldId, currentFieldId, unitFieldId);
            case "startField" -> new OkrSchema(objectiveTypeId, keyResultTypeId, measuresLinkTypeId,
                    drivesLinkTypeId, alignsLinkTypeId, id, targetFieldId, currentFieldId, unitFieldId);
            case "targetField" -> new OkrSchema(objectiveTypeId, keyResultTypeId, measuresLinkTypeId,
                    drivesLinkTypeId, alignsLinkTypeId, startFieldId, id, currentFieldId, unitFieldId);
            case "currentField" -> new OkrSchema(objectiveTypeId, keyResultTypeId, measuresLinkTypeId,
                    drivesLinkTypeId, alignsLinkTypeId, startFieldId, targetFieldId, id, unitFieldId);
            case "unitField" -> new OkrSchema(objectiveTypeId, keyResultTypeId, measuresLinkTypeId,
                    drivesLinkTypeId, alignsLinkTypeId, startFieldId, targetFieldId, currentFieldId, id);
            default -> throw new IllegalArgumentException("no such schema item: " + item);
        };
    }
}
