package io.routehandlers.tck.broken;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.DeploymentFailures;
import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Spec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.ShouldThrowException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * S-8.12, S-8.13: a key parameter that cannot be cached, a value that cannot be read back, a method no interceptor
 * reaches, an unknown profile, a profile that expires before it goes stale and a route with a profile and a revalidate
 * time, in one WAR, fail its deployment together.
 */
@ExtendWith(ArquillianExtension.class)
@Spec({"S-8.12", "S-8.13"})
class CachedMethodProblemsTest {

    @Deployment(testable = false)
    @ShouldThrowException(Exception.class)
    static WebArchive deployment() {
        return Deployments.withConfig(
                Deployments.war("broken-cachedmethods", BadlyCached.class, LifeAndRevalidate.class),
                new String[] {"routehandlers.cache.life.blog.revalidate=3600", "routehandlers.cache.life.blog.expire=60"
                });
    }

    @Test
    void deploymentFailsWithEachProblem() {
        assertThat(DeploymentFailures.of(getClass()))
                .contains("RH-055")
                .contains("RH-056")
                .contains("RH-057")
                .contains("RH-058")
                .contains("RH-059")
                .contains("RH-060");
    }
}
