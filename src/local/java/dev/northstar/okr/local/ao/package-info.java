/**
 * Jira's Active Objects service outside Jira: the original ORM on an embedded HSQLDB, PostgreSQL or MariaDB (MySQL
 * family) database, with Atlassian's table and column names, quoting and migrate rules, so that the app's
 * repositories run unchanged in the playground and in repository tests. Depends on the Active Objects and SAL transaction APIs and JDBC, and on
 * nothing else of the app.
 */
package dev.northstar.okr.local.ao;
