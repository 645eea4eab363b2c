package dev.northstar.okr.local.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A test entity exercising the naming and type rules of the embedded service. */
@Preload
@Table("SampleThing")
public interface SampleEntity extends Entity {
    /** camelCase to become OWNER_KEY. */
    @NotNull
    @Indexed
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    /** Unbounded text. */
    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    /** Bounded above the 255 default. */
    @StringLength(400)
    String getTitle();

    void setTitle(String title);

    long getCreatedMillis();

    void setCreatedMillis(long createdMillis);
}
