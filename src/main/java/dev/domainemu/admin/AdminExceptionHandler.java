package dev.domainemu.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.domainemu.scenario.ScenarioException;
import dev.domainemu.storage.Conflicts;
import dev.domainemu.transferin.SeedConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DatabindException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers refused admin requests as plain JSON: {@code {"error": …, "field": …}}.
 */
@RestControllerAdvice(assignableTypes = { AdminController.class, FaultAdminController.class,
		JournalAdminController.class, InspectionController.class, ScenarioController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(AdminExceptionHandler.class);

	@ExceptionHandler(AdminException.class)
	ResponseEntity<Map<String, String>> refused(AdminException ex) {
		return body(ex.status(), ex.getMessage(), ex.field());
	}

	@ExceptionHandler(ScenarioException.class)
	ResponseEntity<Map<String, Object>> badScenario(ScenarioException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", ex.getMessage());
		body.put("problems", ex.problems());
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(body);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, String>> invalid(IllegalArgumentException ex) {
		String message = ex.getMessage();
		int colon = message.indexOf(':');
		return body(HttpStatus.BAD_REQUEST, message, (colon > 0) ? message.substring(0, colon) : null);
	}

	@ExceptionHandler(SeedConflictException.class)
	ResponseEntity<Map<String, String>> conflict(SeedConflictException ex) {
		return body(HttpStatus.CONFLICT, ex.getMessage(), ex.field());
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Map<String, String>> concurrentConflict(DataIntegrityViolationException ex) {
		return body(HttpStatus.CONFLICT, "the request conflicts with data stored meanwhile; try again", null);
	}

	@ExceptionHandler(ConcurrencyFailureException.class)
	ResponseEntity<Map<String, String>> lostRace(ConcurrencyFailureException ex) {
		if (!Conflicts.lostRace(ex)) {
			return unexpected(ex);
		}
		return body(HttpStatus.CONFLICT,
				"the request lost the race for a row changed meanwhile, " + Conflicts.ATTEMPTS + " times; try again",
				null);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException ex) {
		String field = null;
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			field = databind.getPath().get(databind.getPath().size() - 1).getPropertyName();
		}
		String message = (field != null) ? field + ": has a value of the wrong type"
				: "the body is not a JSON object of the expected shape";
		return body(HttpStatus.BAD_REQUEST, message, field);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, String>> unexpected(Exception ex) {
		if (ex instanceof ErrorResponse response) {
			return body(HttpStatus.valueOf(response.getStatusCode().value()), ex.getMessage(), null);
		}
		logger.error("Admin request failed", ex);
		return body(HttpStatus.INTERNAL_SERVER_ERROR, "internal error: " + ex.getClass().getSimpleName(), null);
	}

	private static ResponseEntity<Map<String, String>> body(HttpStatus status, String message, String field) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("error", message);
		if (field != null) {
			body.put("field", field);
		}
		return ResponseEntity.status(status).body(body);
	}

}
