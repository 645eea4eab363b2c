package dev.northstar.okr.ui;

import dev.northstar.okr.local.velocity.AllowlistUberspect;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Velocity template the way its view models are typed: starting from the context's root types, it follows
 * every {@code $x.property} and {@code $x.method(...)} reference, {@code #set} and {@code #foreach} (a loop variable
 * takes the element type of the list it walks), and names each method the template calls as Jira's allowlist spells
 * it. What it cannot resolve is a problem, not a silent pass: a template may only call getters of the app's view
 * models, and never a reference ending in "Html" (Jira would print it unescaped).
 */
final class TemplateCalls {
    private static final Pattern TOKEN = Pattern.compile(
            "#foreach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$!?\\{?([\\w.]+)\\}?\\s*\\)"
                    + "|#set\\s*\\(\\s*\\$(\\w+)\\s*=\\s*\\$!?\\{?([\\w.]+)\\}?\\s*\\)"
                    + "|\\$!?\\{?([A-Za-z]\\w*)((?:\\.[A-Za-z]\\w*(?:\\([^)]*\\))?)*)");
    private static final Pattern SEGMENT = Pattern.compile("\\.([A-Za-z]\\w*)(\\(([^)]*)\\))?");

    final TreeSet<String> calls = new TreeSet<>();
    final List<String> problems = new ArrayList<>();

    /** Reads one template with the context's types ({@code view}, {@code text}). */
    void read(String name, String template, Map<String, Type> roots) {
        Map<String, Type> scope = new HashMap<>(roots);
        String code = template.replaceAll("(?s)#\\*.*?\\*#", "").replaceAll("(?m)##.*$", "");
        Matcher m = TOKEN.matcher(code);
        while (m.find()) {
            if (m.group(1) != null) {
                Type list = resolve(name, scope, "$" + m.group(2));
                Type element = elementOf(list);
                if (element == null) {
                    problems.add(name + ": #foreach over $" + m.group(2) + " which is not a typed list");
                } else {
                    scope.put(m.group(1), element);
                }
            } else if (m.group(3) != null) {
                Type value = resolve(name, scope, "$" + m.group(4));
                if (value != null) {
                    scope.put(m.group(3), value);
                }
            } else {
                resolve(name, scope, m.group());
            }
        }
    }

    private Type resolve(String template, Map<String, Type> scope, String reference) {
        Matcher root = Pattern.compile("\\$!?\\{?([A-Za-z]\\w*)").matcher(reference);
        if (!root.lookingAt()) {
            return null;
        }
        String variable = root.group(1);
        String chain = reference.substring(root.end());
        Type type = scope.get(variable);
        if (type == null) {
            problems.add(template + ": $" + variable + " is not in the context");
            return null;
        }
        Matcher segments = SEGMENT.matcher(chain);
        String last = variable;
        while (segments.find()) {
            String member = segments.group(1);
            last = member;
            Class<?> owner = raw(type);
            if (owner == null || !owner.getPackageName().equals("dev.northstar.okr.ui")) {
                problems.add(template + ": " + reference + " calls ." + member + " on " + type
                        + "; templates may only call the app's view models");
                return null;
            }
            Method method = segments.group(2) != null ? method(owner, member, arguments(segments.group(3)))
                    : getter(owner, member);
            if (method == null) {
                problems.add(template + ": " + reference + ": " + owner.getSimpleName() + " has no public " + member);
                return null;
            }
            if (!method.getDeclaringClass().equals(owner)) {
                problems.add(template + ": " + reference + ": " + method + " is inherited; Jira's allowlist names the "
                        + "runtime class, so declare it on " + owner.getSimpleName());
            }
            calls.add(AllowlistUberspect.entry(owner, method));
            type = method.getGenericReturnType();
        }
        if (last.endsWith("Html")) {
            problems.add(template + ": " + reference + " ends in Html, which Jira prints unescaped");
        }
        return type;
    }

    private static int arguments(String inside) {
        return inside == null || inside.isBlank() ? 0 : inside.split(",").length;
    }

    private static Method method(Class<?> owner, String name, int arity) {
        for (Method m : owner.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == arity && !Modifier.isStatic(m.getModifiers())) {
                return m;
            }
        }
        return null;
    }

    /** Velocity's property lookup: getName(), then isName() (the get("name") fallback is not allowed here). */
    private static Method getter(Class<?> owner, String property) {
        String capital = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String name : List.of("get" + capital, "is" + capital)) {
            Method m = method(owner, name, 0);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return null;
    }

    private static Type elementOf(Type list) {
        if (list instanceof ParameterizedType p && Iterable.class.isAssignableFrom((Class<?>) p.getRawType())) {
            return p.getActualTypeArguments()[0];
        }
        return null;
    }
}
