package dev.northstar.okr.build;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.northstar.okr.host.IssueMoves;
import org.junit.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.core.io.ClassPathResource;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;

/**
 * Every repository that stores issue keys is an {@link IssueMoves} bean in the real wiring, so the issue listener
 * re-keys its rows when Jira moves an issue to another project. A repository left out would keep a moved issue's
 * data under a key Jira no longer answers to.
 */
public class StoredDataFollowsMovesTest {

    @Test
    public void shouldTellEveryRepositoryOfIssueKeysAboutMoves() {
        DefaultListableBeanFactory context = new DefaultListableBeanFactory();
        context.registerSingleton("activeObjects", mock(ActiveObjects.class));
        new XmlBeanDefinitionReader(context).loadBeanDefinitions(
                new ClassPathResource("META-INF/spring/northstar-components.xml"));

        Set<String> moving = new TreeSet<>();
        for (String name : context.getBeanNamesForType(IssueMoves.class, true, false)) {
            moving.add(context.getType(name).getName());
        }

        assertEquals(Set.of("dev.northstar.okr.checkin.AoCheckInRepository",
                "dev.northstar.okr.grade.AoGradeRepository",
                "dev.northstar.okr.keyresult.AoInitiativeRepository",
                "dev.northstar.okr.keyresult.AoKeyResultSettingsRepository",
                "dev.northstar.okr.objective.AoObjectiveSettingsRepository"), moving);
    }
}
