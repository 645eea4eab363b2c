package dev.northstar.okr.keyresult;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Storage of one initiative's rating for one key result (table {@code AO_120676_INITIATIVE_RATING}). Used only by
 * {@link AoInitiativeRepository}.
 */
@Preload
@Table("INITIATIVE_RATING")
public interface InitiativeRatingEntity extends Entity {
    String RATING_KEY = "RATING_KEY";
    String KEY_RESULT_KEY = "KEY_RESULT_KEY";
    String INITIATIVE_KEY = "INITIATIVE_KEY";
    String SCOPE = "SCOPE";
    String IMPACT = "IMPACT";
    String EFFORT = "EFFORT";

    /**
     * KR key, "/", initiative key: Active Objects has no unique constraint over two columns, and this one keeps
     * concurrent first ratings of the same pair to one row. The constraint's index serves the look-ups.
     */
    @NotNull
    @Unique
    String getRatingKey();

    void setRatingKey(String ratingKey);

    /** Key of the Key Result issue; ratings are read per KR. */
    @NotNull
    @Indexed
    String getKeyResultKey();

    void setKeyResultKey(String keyResultKey);

    /** Key of the initiative issue (usually an epic); indexed so that a renamed initiative is found. */
    @NotNull
    @Indexed
    String getInitiativeKey();

    void setInitiativeKey(String initiativeKey);

    /** InitiativeScope name: MUST_HAVE, NICE_TO_HAVE or NOT_IN_SCOPE. */
    @NotNull
    String getScope();

    void setScope(String scope);

    /** Expected impact, 1 to 5; 0 when not scored. */
    @NotNull
    int getImpact();

    void setImpact(int impact);

    /** Expected effort, 1 to 5; 0 when not scored. */
    @NotNull
    int getEffort();

    void setEffort(int effort);
}
