package io.routehandlers.internal.problems;

/**
 * One deployment problem: a stable id from {@link RouteMessages} and the full message.
 *
 * @param id the id, {@code RH-nnn}
 * @param message the text, starting with the id
 */
public record DeploymentProblem(String id, String message) {

    @Override
    public String toString() {
        return message;
    }
}
