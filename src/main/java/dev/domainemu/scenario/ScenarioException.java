package dev.domainemu.scenario;

import java.util.List;

/**
 * A scenario refused, with everything found wrong with it; nothing of it was kept.
 */
public class ScenarioException extends RuntimeException {

	private final List<ScenarioProblem> problems;

	ScenarioException(List<ScenarioProblem> problems) {
		super(problems.get(0).text() + ((problems.size() > 1) ? " (and " + (problems.size() - 1) + " more)" : ""));
		this.problems = List.copyOf(problems);
	}

	public List<ScenarioProblem> problems() {
		return this.problems;
	}

}
