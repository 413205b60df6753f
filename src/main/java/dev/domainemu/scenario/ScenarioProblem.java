package dev.domainemu.scenario;

/**
 * One thing wrong with a scenario: the file (or {@code request body}), the entry
 * ({@code transferIns[2]}, {@code clock}, …), the field within it, and what is wrong.
 * Entry and field are {@code null} when the problem is with the whole document.
 */
public record ScenarioProblem(String file, String entry, String field, String message) {

	/** The problem in one line: {@code lab.yaml: transferIns[2].status: 99 is not …}. */
	public String text() {
		StringBuilder text = new StringBuilder(this.file).append(": ");
		if (this.entry != null) {
			text.append(this.entry);
			if (this.field != null) {
				text.append('.').append(this.field);
			}
			text.append(": ");
		}
		return text.append(this.message).toString();
	}

	/**
	 * The problem an entry's refusal describes, its message starting with the field:
	 * {@code "status: 99 is not a documented Status"}.
	 */
	static ScenarioProblem of(String file, String entry, String refusal) {
		int colon = refusal.indexOf(": ");
		if (colon > 0 && refusal.substring(0, colon).matches("[A-Za-z0-9_.\\[\\]]+")) {
			return new ScenarioProblem(file, entry, refusal.substring(0, colon), refusal.substring(colon + 2));
		}
		return new ScenarioProblem(file, entry, null, refusal);
	}

}
