package dev.northstar.okr.host;

import java.util.Optional;

/**
 * People's names as the host shows them, found by the stable key the app stores (a Jira user key survives renames,
 * a name to show does not, so the app stores keys and asks for names when it shows them).
 */
public interface UserNames {
    /** Names nobody: every key is shown as itself (tests of rules that show no names). */
    UserNames KEYS_ONLY = key -> Optional.empty();

    /** The display name of the user with this key; empty when the host knows no such user (deleted, never was). */
    Optional<String> displayName(String userKey);
}
