package com.atlassian.jira.bc.issue.link;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.Direction;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;

/**
 * Declaration only (see src/api/README.md). Jira's issue link service: links issues as a user, with Jira's checks
 * (linking enabled, the Link Issues permission on the issue acted from, the other issues exist). The results'
 * constructors are Jira's own and are not declared.
 */
public interface IssueLinkService {
    AddIssueLinkValidationResult validateAddIssueLinks(ApplicationUser user, Issue issue, Long issueLinkTypeId,
                                                       Direction direction, Collection<String> linkKeys,
                                                       boolean excludeSystemLinks);

    void addIssueLinks(ApplicationUser user, AddIssueLinkValidationResult result);

    DeleteIssueLinkValidationResult validateDelete(ApplicationUser user, Issue issue, IssueLink issueLink);

    void delete(DeleteIssueLinkValidationResult validationResult);

    /** Declaration only. */
    abstract class IssueLinkValidationResult extends ServiceResultImpl {
        private static final long serialVersionUID = 1L;

        private IssueLinkValidationResult() {
            super(null);
        }
    }

    /** Declaration only. */
    class AddIssueLinkValidationResult extends IssueLinkValidationResult {
        private static final long serialVersionUID = 1L;

        private AddIssueLinkValidationResult() {
        }
    }

    /** Declaration only. */
    class DeleteIssueLinkValidationResult extends ServiceResultImpl {
        private static final long serialVersionUID = 1L;

        private DeleteIssueLinkValidationResult() {
            super(null);
        }
    }
}
