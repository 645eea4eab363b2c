package dev.northstar.okr.local.simjira;

import dev.northstar.okr.domain.StatusCategory;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The small part of JQL the simulated Jira runs, for the app's own queries and for key results defined by JQL:
 * clauses {@code field = value}, {@code field != value}, {@code field in (a, b)} and {@code field not in (a, b)}
 * joined by {@code AND}, over the fields {@code project}, {@code issuetype} ({@code type}, by name or id),
 * {@code status}, {@code statusCategory}, {@code key} ({@code issuekey}), {@code parent} or {@code "Epic Link"} (the
 * epic), {@code sprint} and custom fields as {@code cf[10008]}, with an {@code ORDER BY} at the end ignored. Values compare without regard to case, as Jira's
 * names do. Anything else is refused with a message in the visitor's language, where Jira would give its parser's
 * own, so a key result using more of JQL gets a translated error instead of a figure from part of the query.
 */
final class SimJql {
    private static final java.util.regex.Pattern CUSTOM_FIELD = java.util.regex.Pattern.compile("cf\\[[0-9]{1,18}\\]");
    static final List<String> FIELDS = List.of("project", "issuetype", "type", "status", "statuscategory", "key",
            "issuekey", "parent", "epic link", "sprint");

    /**
     * A parsed query, or the reasons it is refused (in the visitor's language).
     *
     * @param clauses the query's clauses as written (all joined by AND), for a search to pick one it can answer from
     *                an index; {@code matches} alone says what the query finds
     */
    record Parsed(Predicate<SimIssue> matches, List<String> problems, List<Clause> clauses) {
        Parsed {
            clauses = List.copyOf(clauses);
        }

        boolean valid() {
            return problems.isEmpty();
        }
    }

    /** One clause: a field ({@link #FIELDS} or {@code cf[n]}, lower case), whether negated, and its values. */
    record Clause(String field, boolean negated, List<String> values) {
        Clause {
            values = List.copyOf(values);
        }
    }

    private SimJql() {
    }

    static Parsed parse(String jql, Locale locale) {
        try {
            Reader reader = new Reader(jql == null ? "" : jql);
            Predicate<SimIssue> matches = reader.query();
            return new Parsed(matches, List.of(), reader.clauses);
        } catch (Refused refused) {
            return new Parsed(i -> false, List.of(refused.message(locale)), List.of());
        }
    }

    /** Why the simulated Jira cannot run a query: a text key of {@link JqlTexts} and its argument. */
    private static final class Refused extends RuntimeException {
        private final String key;
        private final String argument;

        Refused(String key, String argument) {
            super(key, null, false, false);
            this.key = key;
            this.argument = argument;
        }

        String message(Locale locale) {
            ResourceBundle words = ResourceBundle.getBundle(JqlTexts.class.getName(), locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_CLASS));
            return new MessageFormat(words.getString(key), locale).format(new Object[] {argument});
        }
    }

    /** A recursive-descent reader over the query's words. */
    private static final class Reader {
        private final List<String> tokens;
        private final List<Clause> clauses = new ArrayList<>();
        private int at;

        Reader(String text) {
            tokens = tokens(text);
        }

        Predicate<SimIssue> query() {
            if (tokens.isEmpty() || isWord("order")) {
                throw new Refused("jql.empty", "");
            }
            Predicate<SimIssue> all = clause();
            while (at < tokens.size() && !isWord("order")) {
                if (!isWord("and")) {
                    throw new Refused(isWord("or") || isWord("not") ? "jql.unsupported" : "jql.syntax", tokens.get(at));
                }
                at++;
                all = all.and(clause());
            }
            // ORDER BY changes only the order, which key results do not depend on
            return all;
        }

        private Predicate<SimIssue> clause() {
            String field = next("jql.syntax").toLowerCase(Locale.ROOT);
            if (!FIELDS.contains(unquote(field)) && !CUSTOM_FIELD.matcher(field).matches()) {
                throw new Refused("jql.unsupportedField", unquote(field));
            }
            field = unquote(field);
            String op = next("jql.syntax").toLowerCase(Locale.ROOT);
            boolean negate = false;
            List<String> values = new ArrayList<>();
            switch (op) {
                case "=" -> values.add(value());
                case "!=" -> {
                    negate = true;
                    values.add(value());
                }
                case "in", "not" -> {
                    if (op.equals("not")) {
                        if (!next("jql.syntax").equalsIgnoreCase("in")) {
                            throw new Refused("jql.syntax", tokens.get(at - 1));
                        }
                        negate = true;
                    }
                    if (!next("jql.syntax").equals("(")) {
                        throw new Refused("jql.syntax", tokens.get(at - 1));
                    }
                    values.add(value());
                    while (peek().equals(",")) {
                        at++;
                        values.add(value());
                    }
                    if (!next("jql.syntax").equals(")")) {
                        throw new Refused("jql.syntax", tokens.get(at - 1));
                    }
                }
                default -> throw new Refused(Set.of("~", "!~", ">", "<", ">=", "<=", "is", "was", "changed")
                        .contains(op) ? "jql.unsupported" : "jql.syntax", op);
            }
            String name = field;
            clauses.add(new Clause(name, negate, values));
            // values compare as equalsIgnoreCase does, through one set however many values an "in" lists
            Set<String> folded = new java.util.HashSet<>();
            values.forEach(v -> folded.add(fold(v)));
            Predicate<SimIssue> any = issue -> SimJql.valuesOf(issue, name).stream()
                    .anyMatch(v -> folded.contains(fold(v)));
            return negate ? any.negate() : any;
        }

        private String value() {
            String v = next("jql.syntax");
            if (Set.of("(", ")", ",", "=", "!=").contains(v)) {
                throw new Refused("jql.syntax", v);
            }
            return unquote(v);
        }

        private String next(String problem) {
            if (at >= tokens.size()) {
                throw new Refused(problem, tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1));
            }
            return tokens.get(at++);
        }

        private String peek() {
            return at < tokens.size() ? tokens.get(at) : "";
        }

        private boolean isWord(String word) {
            return at < tokens.size() && tokens.get(at).equalsIgnoreCase(word);
        }
    }

    /** The values an issue has for a field (several for its sprints), as Jira's clauses compare them. */
    private static List<String> valuesOf(SimIssue issue, String field) {
        var data = issue.data();
        var fact = data.fact();
        if (field.startsWith("cf[")) {
            return customValues(issue, "customfield_" + field.substring(3, field.length() - 1));
        }
        return switch (field) {
            case "project" -> List.of(data.projectKey(), issue.getProjectObject() instanceof SimProject p ? p.name()
                    : data.projectKey());
            case "issuetype", "type" -> List.of(issue.getIssueType().getName(), issue.getIssueType().getId());
            case "status" -> List.of(data.statusName(), issue.getStatus().getId());
            case "statuscategory" -> List.of(categoryName(fact.statusCategory()), fact.statusCategory().key());
            case "key", "issuekey" -> List.of(data.key());
            case "parent", "epic link" -> Optional.ofNullable(fact.epicKey() != null
                    ? fact.epicKey() : fact.parentKey()).stream().toList();
            case "sprint" -> fact.sprintIds().stream().map(String::valueOf).toList();
            default -> List.of();
        };
    }

    /** A custom field's values as text: an epic's key, sprint ids, a number as Jira writes it and as typed. */
    private static List<String> customValues(SimIssue issue, String fieldId) {
        Object value = issue.jira().config().field(fieldId).map(issue::getCustomFieldValue).orElse(null);
        List<String> values = new ArrayList<>();
        if (value instanceof com.atlassian.jira.issue.Issue epic) {
            values.add(epic.getKey());
        } else if (value instanceof List<?> sprints) {
            sprints.forEach(s -> values.add(String.valueOf(((SimSprint) s).getId())));
        } else if (value instanceof Number n) {
            values.add(String.valueOf(n.doubleValue()));
            if (n.doubleValue() == Math.rint(n.doubleValue())) {
                values.add(String.valueOf((long) n.doubleValue()));
            }
        } else if (value != null) {
            values.add(value.toString());
        }
        return values;
    }

    /** A text folded so that two texts are equal exactly when {@link String#equalsIgnoreCase} says so. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
        }
        return folded.toString();
    }

    private static String categoryName(StatusCategory category) {
        return switch (category) {
            case TO_DO -> "To Do";
            case IN_PROGRESS -> "In Progress";
            case DONE -> "Done";
        };
    }

    private static String unquote(String token) {
        if (token.length() >= 2 && (token.startsWith("\"") && token.endsWith("\"")
                || token.startsWith("'") && token.endsWith("'"))) {
            return token.substring(1, token.length() - 1);
        }
        return token;
    }

    /** Words, quoted strings and the operators and punctuation of the subset. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '\'') {
                int end = text.indexOf(c, i + 1);
                if (end < 0) {
                    throw new Refused("jql.syntax", text.substring(i));
                }
                tokens.add(text.substring(i, end + 1));
                i = end + 1;
            } else if (c == '(' || c == ')' || c == ',') {
                tokens.add(String.valueOf(c));
                i++;
            } else if ("=!<>~".indexOf(c) >= 0) {
                int start = i;
                while (i < text.length() && "=!<>~".indexOf(text.charAt(i)) >= 0) {
                    i++;
                }
                tokens.add(text.substring(start, i));
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))
                        && "()=,!<>~\"'".indexOf(text.charAt(i)) < 0) {
                    i++;
                }
                tokens.add(text.substring(start, i));
            }
        }
        return tokens;
    }
}
