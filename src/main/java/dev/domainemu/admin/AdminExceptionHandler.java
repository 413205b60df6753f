package dev.domainemu.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.domainemu.edge.BodyTooLargeException;
import dev.domainemu.rpc.ControlPlaneErrors;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers refused admin requests as plain JSON: {@code {"error": …, "field": …}}, for
 * every controller of the control plane (this package), so that a new one is covered as
 * it is added.
 */
@RestControllerAdvice(basePackageClasses = AdminExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(AdminExceptionHandler.class);

	@ExceptionHandler(AdminException.class)
	ResponseEntity<byte[]> refused(AdminException ex) {
		return body(ex.status(), ex.getMessage(), ex.field());
	}

	@ExceptionHandler(ScenarioException.class)
	ResponseEntity<Map<String, Object>> badScenario(ScenarioException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", ex.getMessage());
		body.put("field", "body");
		body.put("problems", ex.problems());
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<byte[]> invalid(IllegalArgumentException ex) {
		String message = ex.getMessage();
		int colon = message.indexOf(':');
		return body(HttpStatus.BAD_REQUEST, message, (colon > 0) ? message.substring(0, colon) : "body");
	}

	@ExceptionHandler(SeedConflictException.class)
	ResponseEntity<byte[]> conflict(SeedConflictException ex) {
		return body(HttpStatus.CONFLICT, ex.getMessage(), ex.field());
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<byte[]> concurrentConflict(DataIntegrityViolationException ex) {
		return body(HttpStatus.CONFLICT, "the request conflicts with data stored meanwhile; try again", "body");
	}

	@ExceptionHandler(ConcurrencyFailureException.class)
	ResponseEntity<byte[]> lostRace(ConcurrencyFailureException ex) {
		if (!Conflicts.lostRace(ex)) {
			return unexpected(ex);
		}
		return body(HttpStatus.CONFLICT,
				"the request lost the race for a row changed meanwhile, " + Conflicts.ATTEMPTS + " times; try again",
				"body");
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<byte[]> unreadable(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException tooLarge) {
				return body(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage(), "body");
			}
		}
		String field = null;
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			field = databind.getPath().get(databind.getPath().size() - 1).getPropertyName();
		}
		String message = (field != null) ? field + ": has a value of the wrong type or out of range"
				: "body: is missing, or not a JSON object of the expected shape";
		return body(HttpStatus.BAD_REQUEST, message, (field != null) ? field : "body");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<byte[]> unexpected(Exception ex) {
		ResponseEntity<byte[]> refused = ControlPlaneErrors.forRequestError(ex);
		if (refused != null) {
			return refused;
		}
		logger.error("Admin request failed", ex);
		return body(HttpStatus.INTERNAL_SERVER_ERROR, "internal error: " + ex.getClass().getSimpleName(), null);
	}

	private static ResponseEntity<byte[]> body(HttpStatus status, String message, String field) {
		return ControlPlaneErrors.reply(status.value(), message, field);
	}

}
