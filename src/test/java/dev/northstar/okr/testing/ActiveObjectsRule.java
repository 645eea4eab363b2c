package dev.northstar.okr.testing;

import dev.northstar.okr.local.ao.EmbeddedActiveObjects;
import net.java.ao.RawEntity;
import org.junit.rules.ExternalResource;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives a test a fresh Active Objects service on a real database, with the given entities migrated, and throws
 * the database away afterwards. Use it in a test parameterized over {@link TestDatabase#all()}:
 *
 * <pre>
 * &#64;RunWith(Parameterized.class)
 * public class FooRepositoryTest {
 *     &#64;Parameters(name = "{0}") public static List&lt;Object[]&gt; databases() { return TestDatabase.all(); }
 *     &#64;Rule public final ActiveObjectsRule ao;
 *     public FooRepositoryTest(TestDatabase database) { ao = new ActiveObjectsRule(database, FooEntity.class); }
 * }
 * </pre>
 */
public final class ActiveObjectsRule extends ExternalResource {
    /** The app's {@code <ao namespace>}, which ActiveObjectsSchemaRulesTest keeps equal to the descriptor's. */
    public static final String NAMESPACE = "dev.northstar.okr";
    /** 0.8.2 logs every statement at INFO; kept referenced so that the level sticks. */
    private static final Logger ORM_LOG = Logger.getLogger("net.java.ao");

    private final TestDatabase database;
    private final List<Class<? extends RawEntity<?>>> entities;
    private TestDatabase.Scratch scratch;
    private EmbeddedActiveObjects activeObjects;
    private final List<EmbeddedActiveObjects> otherNodes = new java.util.ArrayList<>();

    @SafeVarargs
    public ActiveObjectsRule(TestDatabase database, Class<? extends RawEntity<?>>... entities) {
        this.database = database;
        this.entities = List.of(entities);
    }

    @Override
    protected void before() {
        ORM_LOG.setLevel(Level.WARNING);
        scratch = database.fresh();
        activeObjects = EmbeddedActiveObjects.on(scratch.dataSource(), NAMESPACE);
        @SuppressWarnings("unchecked")
        Class<? extends RawEntity<?>>[] toMigrate = entities.toArray(new Class[0]);
        activeObjects.migrate(toMigrate);
    }

    @Override
    protected void after() {
        try {
            otherNodes.forEach(EmbeddedActiveObjects::close);
            activeObjects.close();
        } finally {
            scratch.drop().run();
        }
    }

    public EmbeddedActiveObjects activeObjects() {
        return activeObjects;
    }

    /** Another service on the same database, as a second Jira node (or a restarted one) would have. */
    public EmbeddedActiveObjects secondNode() {
        EmbeddedActiveObjects node = EmbeddedActiveObjects.on(scratch.dataSource(), NAMESPACE);
        otherNodes.add(node);
        return node;
    }

    public javax.sql.DataSource dataSource() {
        return scratch.dataSource();
    }

    public TestDatabase database() {
        return database;
    }
}
