package io.routehandlers.internal.dispatch;

import io.routehandlers.internal.scan.DeploymentProblem;
import io.routehandlers.internal.scan.RouteMessages;
import java.util.List;

/** Fails a WAR's startup when routes take URLs that the WAR's own pages serve (RH-002). */
public final class RoutePageConflictException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient List<DeploymentProblem> problems;

    /** An exception listing the given problems, which must not be empty. */
    public RoutePageConflictException(List<DeploymentProblem> problems) {
        super(RouteMessages.report(problems));
        this.problems = List.copyOf(problems);
    }

    /** The conflicts, one per route. */
    public List<DeploymentProblem> problems() {
        return problems;
    }
}
