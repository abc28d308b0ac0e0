package io.routehandlers.internal.problems;

import jakarta.enterprise.inject.spi.DeploymentException;
import java.util.List;

/**
 * Fails a deployment with every route problem found: by the CDI extension for problems of the routes
 * themselves, and when the web module starts for routes at the URLs of the WAR's pages (RH-002). One
 * exception rather than one per problem: servers show the first exception's message in their summary line,
 * and it must list them all.
 */
public final class RouteDeploymentException extends DeploymentException {

    private static final long serialVersionUID = 1L;

    private final transient List<DeploymentProblem> problems;

    /** An exception listing the given problems, which must not be empty. */
    public RouteDeploymentException(List<DeploymentProblem> problems) {
        super(RouteMessages.report(problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in route order. */
    public List<DeploymentProblem> problems() {
        return problems;
    }
}
