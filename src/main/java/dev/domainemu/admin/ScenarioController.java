package dev.domainemu.admin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import dev.domainemu.paging.Window;
import dev.domainemu.scenario.ScenarioService;
import dev.domainemu.scenario.ScenarioView;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scenarios under {@code /_emulator/scenarios}: load one (YAML or JSON) all or nothing,
 * list and show what each made, remove exactly that, and load the examples shipped with
 * the emulator.
 */
@RestController
@RequestMapping("/_emulator/scenarios")
class ScenarioController {

	static final String EXAMPLES = "classpath:scenarios/*.yaml";

	private final ScenarioService scenarios;

	ScenarioController(ScenarioService scenarios) {
		this.scenarios = scenarios;
	}

	/**
	 * Loads the scenario in the body (YAML, or JSON when the body starts with a brace or
	 * says {@code application/json}); {@code name} overrides the document's name. A
	 * scenario of the same name is replaced. {@code 400} lists every problem by entry and
	 * field; {@code ?dryRun=true} only checks.
	 */
	@PostMapping
	ResponseEntity<ScenarioView> load(Caller.IfNamed caller, @RequestBody(required = false) byte[] bytes,
			@RequestParam(required = false) String name, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestHeader(name = "Content-Type", required = false) String contentType) {
		if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
			throw new AdminException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type",
					"Content-Type: send the scenario as application/yaml or application/json"
							+ " (curl: -H 'Content-Type: application/yaml' --data-binary @lab.yaml)");
		}
		String file = (contentType != null && contentType.contains("json")) ? "request body.json" : "request body";
		String body = text(bytes);
		if (dryRun) {
			this.scenarios.validate(file, body, caller.userId());
			return ResponseEntity.noContent().build();
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(this.scenarios.load(file, body, name, caller.userId()));
	}

	@GetMapping
	ResponseEntity<List<ScenarioView>> list(Caller caller, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer limit) {
		Window window = AdminPages.window(page, limit);
		return AdminPages.reply(window, this.scenarios.list(caller.userId(), window));
	}

	/** The names of the example scenarios shipped with the emulator. */
	@GetMapping("/examples")
	List<String> examples() throws IOException {
		return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(EXAMPLES))
			.map(Resource::getFilename)
			.filter((file) -> file != null)
			.map((file) -> file.substring(0, file.length() - ".yaml".length()))
			.sorted()
			.toList();
	}

	/** Loads an example shipped with the emulator, by its name. */
	@PostMapping("/examples/{example}")
	ResponseEntity<ScenarioView> loadExample(Caller.IfNamed caller, @PathVariable String example,
			@RequestParam(required = false) String name) throws IOException {
		if (!examples().contains(example)) {
			throw new AdminException(HttpStatus.NOT_FOUND, "example",
					"example: no example scenario " + example + "; the examples are " + examples());
		}
		Resource resource = new PathMatchingResourcePatternResolver()
			.getResource("classpath:scenarios/" + example + ".yaml");
		String text;
		try (InputStream in = resource.getInputStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.scenarios.load(example + ".yaml", text, name, caller.userId()));
	}

	@GetMapping("/{name}")
	ScenarioView get(Caller caller, @PathVariable String name) {
		return this.scenarios.find(caller.userId(), name).orElseThrow(() -> notFound(name));
	}

	/** Removes what the scenario made, and only that. */
	@DeleteMapping("/{name}")
	ResponseEntity<Void> remove(Caller caller, @PathVariable String name) {
		if (!this.scenarios.remove(caller.userId(), name)) {
			throw notFound(name);
		}
		return ResponseEntity.noContent().build();
	}

	/**
	 * The body as text: YAML and JSON are Unicode, so it is read as UTF-8 whatever
	 * charset the Content-Type names.
	 */
	private static String text(byte[] bytes) {
		return (bytes != null) ? new String(bytes, StandardCharsets.UTF_8) : null;
	}

	private static AdminException notFound(String name) {
		return new AdminException(HttpStatus.NOT_FOUND, "name", "name: no scenario " + name);
	}

}
