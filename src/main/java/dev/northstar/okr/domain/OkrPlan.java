package dev.northstar.okr.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OKRs of one cycle: objectives (a tree through parent keys) and check-ins. Rejects duplicate keys,
 * unknown or cyclic parents, and more than one focus metric per owner.
 */
public record OkrPlan(Cycle cycle, List<Objective> objectives, List<CheckIn> checkIns) {
    public OkrPlan {
        Checks.notNull(cycle, "cycle");
        objectives = Checks.copy(objectives, "objectives");
        checkIns = checkIns == null ? List.of() : Checks.copy(checkIns, "checkIns");
        Map<String, Objective> byKey = new HashMap<>();
        Set<String> krKeys = new HashSet<>();
        Map<String, String> focusByOwner = new HashMap<>();
        for (Objective o : objectives) {
            if (byKey.put(o.key(), o) != null) {
                throw new DomainException("okr.error.duplicateKey", "key", "objective key " + o.key() + " is used twice");
            }
            for (KeyResult kr : o.keyResults()) {
                if (!krKeys.add(kr.key())) {
                    throw new DomainException("okr.error.duplicateKey", "key", "key result key " + kr.key() + " is used twice");
                }
                if (kr.focusMetric()) {
                    String prev = focusByOwner.put(o.owner(), kr.key());
                    if (prev != null) {
                        throw new DomainException("okr.error.focusMetric", "focus", "owner \"" + o.owner()
                                + "\" has two focus metrics in cycle " + cycle.name() + ": " + prev + " and " + kr.key());
                    }
                }
            }
            for (InvalidKeyResult kr : o.invalidKeyResults()) {
                if (!krKeys.add(kr.key())) {
                    throw new DomainException("okr.error.duplicateKey", "key", "key result key " + kr.key() + " is used twice");
                }
            }
        }
        for (Objective o : objectives) {
            String p = o.parentKey();
            Set<String> seen = new HashSet<>();
            seen.add(o.key());
            while (p != null) {
                Objective parent = byKey.get(p);
                if (parent == null) {
                    throw new DomainException("okr.error.unknownParent", "parent",
                            "objective " + o.key() + " names unknown parent " + p);
                }
                if (!seen.add(p)) {
                    throw new DomainException("okr.error.parentCycle", "parent", "objective " + o.key() + " is in a parent cycle");
                }
                p = parent.parentKey();
            }
        }
    }

    public List<Objective> roots() {
        return objectives.stream().filter(o -> o.parentKey() == null).toList();
    }

    public List<Objective> childrenOf(String key) {
        return objectives.stream().filter(o -> key.equals(o.parentKey())).toList();
    }

    public List<CheckIn> checkInsOf(String krKey) {
        return checkIns.stream().filter(c -> c.keyResultKey().equals(krKey))
                .sorted((a, b) -> a.time().compareTo(b.time())).toList();
    }
}
