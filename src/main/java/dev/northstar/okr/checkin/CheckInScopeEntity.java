package dev.northstar.okr.checkin;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The issues in a key result's scope when a check-in was made (table {@code AO_120676_CHECKIN_SCOPE}), so that the
 * next check-in can tell which issues entered or left the scope since. Apart from the check-in rows, which every
 * list of check-ins reads, because a scope may hold thousands of keys and only the latest one is ever read. Written
 * once with its check-in, in the same transaction; only the key result key has a setter, for when the KR's issue
 * moves. Used only by {@link AoCheckInRepository}.
 */
@Preload
@Table("CHECKIN_SCOPE")
public interface CheckInScopeEntity extends Entity {
    String KEY_RESULT_KEY = "KEY_RESULT_KEY";
    String CHECKED_AT = "CHECKED_AT";
    String ISSUE_COUNT = "ISSUE_COUNT";
    String ISSUE_KEYS = "ISSUE_KEYS";

    /** Key of the key result, as its check-in names it. */
    @NotNull
    @Indexed
    String getKeyResultKey();

    void setKeyResultKey(String keyResultKey);

    /** The check-in's instant in epoch milliseconds, exactly as its row holds it. */
    @NotNull
    long getCheckedAt();

    /** How many issue keys {@link #getIssueKeys()} holds (a check of the text read back). */
    @NotNull
    int getIssueCount();

    /** The issue keys, sorted, separated by single spaces; NULL for an empty scope (Oracle stores '' as NULL). */
    @StringLength(StringLength.UNLIMITED)
    String getIssueKeys();
}
