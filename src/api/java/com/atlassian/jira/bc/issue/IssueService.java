package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

/**
 * Declaration only (see src/api/README.md). Jira's issue service: create, edit and delete issues as a user, with
 * Jira's permission checks, field validation, history and events; each operation is validated first, then done with
 * the valid result. The results' constructors are Jira's own (marked internal) and are not declared: the app never
 * builds a result, and the simulated Jira makes its results without them.
 */
public interface IssueService {
    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId,
                                          IssueInputParameters issueInputParameters);

    IssueResult update(ApplicationUser user, UpdateValidationResult updateValidationResult);

    DeleteValidationResult validateDelete(ApplicationUser user, Long issueId);

    ErrorCollection delete(ApplicationUser user, DeleteValidationResult deleteValidationResult);

    /** Declaration only. */
    abstract class IssueValidationResult extends ServiceResultImpl {
        private static final long serialVersionUID = 1L;

        private final transient MutableIssue issue;

        private IssueValidationResult() {
            super(null);
            this.issue = null;
        }

        public MutableIssue getIssue() {
            return issue;
        }
    }

    /** Declaration only. */
    class CreateValidationResult extends IssueValidationResult {
        private static final long serialVersionUID = 1L;

        private CreateValidationResult() {
        }
    }

    /** Declaration only. */
    class UpdateValidationResult extends IssueValidationResult {
        private static final long serialVersionUID = 1L;

        private UpdateValidationResult() {
        }
    }

    /** Declaration only. */
    class DeleteValidationResult extends IssueValidationResult {
        private static final long serialVersionUID = 1L;

        private DeleteValidationResult() {
        }
    }

    /** Declaration only. */
    class IssueResult extends IssueValidationResult {
        private static final long serialVersionUID = 1L;

        private IssueResult() {
        }
    }
}
