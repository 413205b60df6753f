package dev.domainemu.rpc;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.xml.XmlMapper;
import tools.jackson.dataformat.xml.XmlWriteFeature;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The one place that turns replies into bytes: JSON as a flat object, XML under
 * {@code <{Action}Response>} or {@code <Error>}, {@code RequestId} first, null fields
 * left out, UTF-8 without escapes, and the {@code x-acs-request-id} header.
 */
@Component
public class ResponseRenderer {

	static final String REQUEST_ID_HEADER = "x-acs-request-id";

	private final JsonMapper json;

	private final XmlMapper xml;

	private final ObjectWriter xmlErrorWriter;

	ResponseRenderer() {
		this.json = JsonMapper.builder()
			.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.build();
		this.xml = XmlMapper.builder()
			.defaultUseWrapper(false)
			.enable(XmlWriteFeature.WRITE_XML_DECLARATION)
			.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.build();
		this.xmlErrorWriter = this.xml.writer().withRootName("Error");
	}

	Reply success(RpcRequest request, Object body) {
		Success envelope = new Success(request.requestId(), body);
		byte[] bytes = (request.format() == WireFormat.JSON) ? this.json.writeValueAsBytes(envelope)
				: this.xml.writer().withRootName(request.action() + "Response").writeValueAsBytes(envelope);
		return new Reply(200, request.format().contentType(), request.requestId(), bytes);
	}

	Reply error(RpcRequest request, ApiError error, String argument) {
		return error(request, error.httpStatus(), error.code(argument), error.message(request.lang(), argument));
	}

	/**
	 * An error reply to a request that did not get as far as a call (refused at the edge,
	 * or by the servlet container), in the format its raw query or headers ask for.
	 */
	public Reply error(HttpServletRequest servletRequest, ApiError error, String argument) {
		return error(RpcRequestParser.stored(servletRequest), error, argument);
	}

	/** An error reply with any code, message and status (injected faults use it). */
	Reply error(RpcRequest request, int httpStatus, String code, String message) {
		Failure failure = new Failure(request.requestId(), request.product().hostId(), code, message,
				recommend(request, code));
		byte[] bytes = (request.format() == WireFormat.JSON) ? this.json.writeValueAsBytes(failure)
				: this.xmlErrorWriter.writeValueAsBytes(failure);
		return new Reply(httpStatus, request.format().contentType(), request.requestId(), bytes);
	}

	private static String recommend(RpcRequest request, String code) {
		return "https://api.aliyun.com/troubleshoot?q=" + code + "&product=" + request.product().code() + "&requestId="
				+ request.requestId();
	}

	/** A rendered reply: status, headers and body. */
	public record Reply(int status, String contentType, String requestId, byte[] body) {

		/** Writes the reply straight to the servlet response (the hot path). */
		public void writeTo(HttpServletResponse response) throws IOException {
			response.setStatus(this.status);
			response.setContentType(this.contentType);
			response.setHeader(REQUEST_ID_HEADER, this.requestId);
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
		}

		ResponseEntity<byte[]> toResponseEntity() {
			HttpHeaders headers = new HttpHeaders();
			headers.put(HttpHeaders.CONTENT_TYPE, List.of(this.contentType));
			headers.put(REQUEST_ID_HEADER, List.of(this.requestId));
			return ResponseEntity.status(this.status).headers(headers).body(this.body);
		}

	}

	record Success(@JsonProperty("RequestId") String requestId, @JsonUnwrapped Object body) {
	}

	@JsonPropertyOrder({ "RequestId", "HostId", "Code", "Message", "Recommend" })
	record Failure(@JsonProperty("RequestId") String requestId, @JsonProperty("HostId") String hostId,
			@JsonProperty("Code") String code, @JsonProperty("Message") String message,
			@JsonProperty("Recommend") String recommend) {
	}

}
