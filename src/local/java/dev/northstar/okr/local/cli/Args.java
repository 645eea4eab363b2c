package dev.northstar.okr.local.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Minimal "--name value" / "--flag" parser that rejects unknown options. */
final class Args {
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    Args(String[] args, int from, Set<String> valueOptions, Set<String> flagOptions) {
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            String name = a;
            String inline = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                inline = a.substring(eq + 1);
            }
            if (valueOptions.contains(name)) {
                if (inline == null) {
                    if (i + 1 >= args.length) {
                        throw new UsageException("option " + name + " needs a value");
                    }
                    inline = args[++i];
                }
                values.put(name, inline);
            } else if (flagOptions.contains(name) && inline == null) {
                flags.add(name);
            } else {
                throw new UsageException("unknown option " + a);
            }
        }
    }

    String get(String name) {
        return values.get(name);
    }

    String require(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new UsageException("missing required option " + name);
        }
        return v;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    int intValue(String name, int dflt) {
        String v = values.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, got \"" + v + "\"");
        }
    }
}
