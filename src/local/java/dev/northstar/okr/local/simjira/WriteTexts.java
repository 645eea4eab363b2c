package dev.northstar.okr.local.simjira;

import java.util.ListResourceBundle;

/**
 * Why the simulated Jira's issue and link services refuse a change, worded as Jira words its own refusals (in the
 * user's language, as Jira's are); Korean in {@link WriteTexts_ko}.
 */
public class WriteTexts extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
        return new Object[][] {
                {"write.notLoggedIn", "You are not logged in, and do not have the permissions required to act on the"
                        + " selected issue as a guest."},
                {"write.project", "You must specify a valid project."},
                {"write.createPermission", "You do not have permission to create issues in this project."},
                {"write.editPermission", "You do not have permission to edit issues in this project."},
                {"write.deletePermission", "You do not have permission to delete issues in this project."},
                {"write.linkPermission", "You do not have the permission to link issues in this project."},
                {"write.issueType", "The issue type selected is invalid."},
                {"write.summary", "You must specify a summary of the issue."},
                {"write.summaryTooLong", "The summary must be less than 255 characters."},
                {"write.reporter", "The reporter specified is not a user."},
                {"write.reporterPermission", "You do not have permission to modify the reporter of an issue."},
                {"write.noField", "The custom field {0} does not exist."},
                {"write.invalidNumber", "''{0}'' is an invalid number"},
                {"write.numberTooLarge", "The number must be less than 100000000000000."},
                {"write.textTooLong", "The entered text is too long. It exceeds the allowed limit of 255 characters."},
                {"write.unsupportedField", "The playground''s issue service does not set field {0}."},
                {"write.notOnScreen", "Field ''{0}'' cannot be set. It is not on the appropriate screen, or unknown."},
                {"write.noIssue", "The issue no longer exists."},
                {"write.linkType", "No issue link type with id ''{0}'' exists."},
                {"write.linkIssue", "Issue ''{0}'' does not exist or you do not have permission to see it."},
                {"write.linkSelf", "You cannot link an issue to itself."},
                {"write.noLink", "The link does not exist."},
                {"write.linkOut", "This issue {0} {1}"},
        };
    }
}
