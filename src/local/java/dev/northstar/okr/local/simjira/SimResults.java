package dev.northstar.okr.local.simjira;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.util.ErrorCollection;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Makes the results of Jira's issue and link services. Their constructors are Jira-internal and not declared (no
 * public source shows them for Jira 10 or 11, and the shipped app never builds a result), so the simulated Jira makes
 * each as Java's serialization would (these results are serializable): the object is allocated without a constructor
 * and its two values, the error collection and the issue, are set on the fields of our own declarations. Nothing of
 * this runs inside Jira.
 */
final class SimResults {
    private static final Object UNSAFE;
    private static final Method ALLOCATE;

    static {
        try {
            Class<?> unsafe = Class.forName("sun.misc.Unsafe");
            Field theUnsafe = unsafe.getDeclaredField("theUnsafe");
            theUnsafe.setAccessible(true);
            UNSAFE = theUnsafe.get(null);
            ALLOCATE = unsafe.getMethod("allocateInstance", Class.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private SimResults() {
    }

    /** A result of the given type with these errors (valid when there are none). */
    static <T extends ServiceResultImpl> T result(Class<T> type, ErrorCollection errors) {
        try {
            T result = type.cast(ALLOCATE.invoke(UNSAFE, type));
            set(ServiceResultImpl.class, "errorCollection", result, errors);
            return result;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getName(), e);
        }
    }

    /** An issue service's result of the given type, with these errors and the issue it is about (or null). */
    static <T extends IssueService.IssueValidationResult> T issueResult(Class<T> type, ErrorCollection errors,
                                                                         MutableIssue issue) {
        T result = result(type, errors);
        try {
            set(IssueService.IssueValidationResult.class, "issue", result, issue);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getName(), e);
        }
        return result;
    }

    private static void set(Class<?> declaring, String name, Object target, Object value)
            throws ReflectiveOperationException {
        Field field = declaring.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}
