package dev.northstar.okr.checkin;

import dev.northstar.okr.domain.CheckIn;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Storage of one check-in (table {@code AO_120676_CHECKIN}). Rows are written once through
 * {@code ActiveObjects.create}; only the key result key has a setter, for when the KR's issue moves. {@code @Preload} fetches all columns with the row, so listing
 * check-ins costs one query. Used only by {@link AoCheckInRepository}.
 */
@Preload
@Table("CHECKIN")
public interface CheckInEntity extends Entity {
    String KEY_RESULT_KEY = "KEY_RESULT_KEY";
    String CONFIDENCE = "CONFIDENCE";
    String NOTE = "NOTE";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String CHECKED_AT = "CHECKED_AT";
    String METRIC_VALUE = "METRIC_VALUE";

    /** Key of the key result checked in on, as the OKR model names it; every lookup goes through it. */
    @NotNull
    @Indexed
    String getKeyResultKey();

    void setKeyResultKey(String keyResultKey);

    /** Confidence from 1 (will miss) to 10 (will hit). */
    @NotNull
    int getConfidence();

    /** Why confidence moved; unbounded text, NULL when there is none (Oracle stores '' as NULL anyway). */
    @StringLength(StringLength.UNLIMITED)
    String getNote();

    /** Jira user key of the author (ApplicationUser.getKey()), which survives renames, unlike the user name. */
    @NotNull
    String getAuthorKey();

    /**
     * When the check-in was made, in epoch milliseconds: a TIMESTAMP column would be read back in each node's
     * default time zone, and Data Center nodes need not share one.
     */
    @NotNull
    long getCheckedAt();

    /**
     * The metric's value reported with the check-in, NULL when none was. Added after the first release: Active Objects
     * adds the nullable column on migrate, and rows written before read as NULL, a check-in without a value.
     */
    Double getMetricValue();
}
