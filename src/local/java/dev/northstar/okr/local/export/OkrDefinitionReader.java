package dev.northstar.okr.local.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northstar.okr.domain.CheckIn;
import dev.northstar.okr.domain.Cycle;
import dev.northstar.okr.domain.Direction;
import dev.northstar.okr.domain.DomainException;
import dev.northstar.okr.domain.Initiative;
import dev.northstar.okr.domain.InitiativeScope;
import dev.northstar.okr.domain.InvalidKeyResult;
import dev.northstar.okr.domain.KeyResult;
import dev.northstar.okr.domain.KeyResultKind;
import dev.northstar.okr.domain.MetricSource;
import dev.northstar.okr.domain.MetricSpec;
import dev.northstar.okr.domain.NumericHistory;
import dev.northstar.okr.domain.Objective;
import dev.northstar.okr.domain.OkrPlan;
import dev.northstar.okr.domain.StatusCredit;
import dev.northstar.okr.domain.TimedValue;
import dev.northstar.okr.domain.Weight;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the OKR definition file (see docs/cli.md). Structural errors (unknown kind, missing key, bad number)
 * fail the whole file with a message naming the objective or KR; a metric whose numbers are inconsistent
 * (target equal to start, band inverted) becomes an {@link InvalidKeyResult} shown in the report.
 */
public final class OkrDefinitionReader {
    private final ObjectMapper mapper = new ObjectMapper();

    public OkrPlan read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(mapper.readTree(in), file.toString());
        } catch (NoSuchFileException e) {
            throw new ExportException("okrs file not found: " + file);
        } catch (JsonProcessingException e) {
            String loc = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new ExportException("okrs file " + file + ": malformed JSON" + loc + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ExportException("cannot read okrs file " + file + ": " + e.getMessage(), e);
        }
    }

    public OkrPlan read(JsonNode root, String name) {
        if (root == null || !root.isObject()) {
            throw new ExportException(name + ": expected a JSON object with cycle and objectives");
        }
        String where = name;
        try {
            JsonNode c = root.path("cycle");
            where = name + ": cycle";
            Cycle cycle = new Cycle(text(c, "name") == null ? "cycle" : text(c, "name"), instant(c, "start", true),
                    instant(c, "end", true));
            List<Objective> objectives = new ArrayList<>();
            if (!root.path("objectives").isArray()) {
                throw new ExportException(name + ": \"objectives\" must be an array");
            }
            for (JsonNode o : root.path("objectives")) {
                String okey = text(o, "key");
                where = name + ": objective " + (okey == null ? "#" + (objectives.size() + 1) : okey);
                List<KeyResult> krs = new ArrayList<>();
                List<InvalidKeyResult> invalid = new ArrayList<>();
                for (JsonNode k : o.path("keyResults")) {
                    String kkey = text(k, "key");
                    where = name + ": key result " + (kkey == null ? "#" + (krs.size() + invalid.size() + 1) + " of " + okey : kkey);
                    keyResult(k, krs, invalid);
                }
                where = name + ": objective " + okey;
                objectives.add(new Objective(okey, text(o, "title"), text(o, "owner"), text(o, "parent"),
                        o.path("committed").asBoolean(false), weight(o), krs, invalid));
            }
            List<CheckIn> checkIns = new ArrayList<>();
            for (JsonNode ci : root.path("checkIns")) {
                where = name + ": check-in of " + text(ci, "keyResult");
                checkIns.add(new CheckIn(text(ci, "keyResult"), intValue(ci, "confidence"), text(ci, "note"),
                        text(ci, "author"), instant(ci, "time", true),
                        ci.hasNonNull("value") ? number(ci, "value", true) : null));
            }
            where = name;
            return new OkrPlan(cycle, objectives, checkIns);
        } catch (DomainException e) {
            throw new ExportException(where + ": " + e.getMessage(), e);
        }
    }

    private void keyResult(JsonNode k, List<KeyResult> krs, List<InvalidKeyResult> invalid) {
        String key = text(k, "key");
        if (key == null) {
            throw new DomainException("okr.error.required", "key", "key is required");
        }
        KeyResultKind kind = KeyResultKind.fromId(text(k, "kind"));
        List<Initiative> initiatives = new ArrayList<>();
        for (JsonNode i : k.path("initiatives")) {
            if (i.isTextual()) {
                initiatives.add(Initiative.of(i.asText()));
            } else {
                String scope = text(i, "scope");
                initiatives.add(new Initiative(text(i, "key"),
                        scope(scope),
                        i.path("impact").asInt(0), i.path("effort").asInt(0)));
            }
        }
        MetricSpec spec = null;
        MetricSource source = null;
        String milestoneIssue = kind == KeyResultKind.MILESTONE ? text(k, "issue") : null;
        if (kind == KeyResultKind.METRIC) {
            Direction d = Direction.fromId(text(k, "direction") == null ? "increase" : text(k, "direction"));
            try {
                spec = new MetricSpec(d, number(k, "start", d != Direction.MAINTAIN), number(k, "target", d != Direction.MAINTAIN),
                        number(k, "low", d == Direction.MAINTAIN), number(k, "high", d == Direction.MAINTAIN));
            } catch (DomainException e) {
                // inconsistent numbers are shown on the KR, not fatal for the file
                invalid.add(new InvalidKeyResult(key, text(k, "title"), e.messageKey(), e.field(), e.getMessage()));
                return;
            }
            List<TimedValue> values = new ArrayList<>();
            for (JsonNode v : k.path("values")) {
                values.add(new TimedValue(instant(v, "at", true), number(v, "value", true)));
            }
            if (!values.isEmpty()) {
                source = MetricSource.history(NumericHistory.of(values));
            } else if (text(k, "field") != null) {
                source = MetricSource.issueField(text(k, "issue"), text(k, "field"));
            } else if (k.has("current") && !k.get("current").isNull()) {
                source = MetricSource.constant(number(k, "current", true));
            } else {
                // nothing on the KR itself: the values reported with its check-ins, if any
                source = MetricSource.checkInValues();
            }
        }
        krs.add(new KeyResult(key, text(k, "title"), kind, weight(k), initiatives, spec, source, milestoneIssue,
                k.path("focus").asBoolean(false), statusWeights(k, kind)));
    }

    /**
     * Optional partial credit, {"toDo": 0, "inProgress": 0.5, "done": 1}; a weight left out keeps its done-only
     * value. Only issue-count and story-point KRs count issues by status, so elsewhere it is an error, not ignored.
     */
    private static StatusCredit statusWeights(JsonNode k, KeyResultKind kind) {
        JsonNode w = k.get("statusWeights");
        if (w == null || w.isNull()) {
            return StatusCredit.DONE_ONLY;
        }
        if (kind != KeyResultKind.ISSUE_COUNT && kind != KeyResultKind.STORY_POINTS) {
            throw new DomainException("okr.error.statusWeightsKind", "statusWeights",
                    "statusWeights apply to issue-count and story-points key results only, not " + kind.id());
        }
        if (!w.isObject()) {
            throw new DomainException("okr.error.notNumber", "statusWeights",
                    "statusWeights must be an object {\"toDo\", \"inProgress\", \"done\"}, got " + w);
        }
        StatusCredit d = StatusCredit.DONE_ONLY;
        return new StatusCredit(optional(w, "toDo", d.toDo()), optional(w, "inProgress", d.inProgress()),
                optional(w, "done", d.done()));
    }

    private static double optional(JsonNode n, String field, double fallback) {
        return n.hasNonNull(field) ? number(n, field, true) : fallback;
    }

    private static InitiativeScope scope(String s) {
        if (s == null) {
            return InitiativeScope.MUST_HAVE;
        }
        String id = s.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (InitiativeScope v : InitiativeScope.values()) {
            if (v.name().equals(id)) {
                return v;
            }
        }
        throw new DomainException("okr.error.unknownScope", "scope",
                "unknown initiative scope \"" + s + "\" (expected must-have, nice-to-have or not-in-scope)");
    }

    private static Weight weight(JsonNode n) {
        JsonNode w = n.get("weight");
        if (w == null || w.isNull()) {
            return Weight.ONE;
        }
        if (!w.isNumber()) {
            throw new DomainException("okr.error.notNumber", "weight", "weight must be a number, got " + w);
        }
        return Weight.of(w.asDouble());
    }

    private static double number(JsonNode n, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new DomainException("okr.error.required", field, field + " is required");
            }
            return 0;
        }
        if (!v.isNumber()) {
            throw new DomainException("okr.error.notNumber", field, field + " must be a number, got " + v);
        }
        return v.asDouble();
    }

    private static int intValue(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isIntegralNumber()) {
            throw new DomainException("okr.error.notNumber", field, field + " must be a whole number, got " + v);
        }
        return v.asInt();
    }

    private static Instant instant(JsonNode n, String field, boolean required) {
        Instant i = JiraDates.parse(text(n, field), field);
        if (i == null && required) {
            throw new DomainException("okr.error.required", field, field + " is required");
        }
        return i;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
