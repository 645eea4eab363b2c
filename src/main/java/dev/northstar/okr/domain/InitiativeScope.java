package dev.northstar.okr.domain;

/** How firmly an initiative is planned for its key result. */
public enum InitiativeScope {
    MUST_HAVE, NICE_TO_HAVE, NOT_IN_SCOPE
}
