package dev.domainemu.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends bytes as they are, with no client library to tidy them up, and reads one reply:
 * for requests no well-behaved client would send (a broken request line, a control
 * character in a header, a lying {@code Content-Length}).
 */
public final class RawHttp {

	private RawHttp() {
	}

	/** One reply: status, headers (lower-case names), body (de-chunked). */
	public record Reply(int status, Map<String, String> headers, byte[] body, boolean timedOut) {

		public String contentType() {
			return this.headers.get("content-type");
		}

		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

	public static Reply send(int port, byte[] request, int timeoutMillis) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
			socket.setSoTimeout(timeoutMillis);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
			}
			catch (IOException ex) {
				// the server may answer and close before reading all of a large request
			}
			return read(socket.getInputStream());
		}
	}

	public static Reply send(int port, String request, int timeoutMillis) throws IOException {
		return send(port, request.getBytes(StandardCharsets.ISO_8859_1), timeoutMillis);
	}

	/** Reads one reply; a reply cut short by the timeout has {@code timedOut}. */
	public static Reply read(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		boolean timedOut = false;
		byte[] buffer = new byte[8192];
		try {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				all.write(buffer, 0, n);
				if (complete(all.toByteArray())) {
					break;
				}
			}
		}
		catch (SocketTimeoutException ex) {
			timedOut = true;
		}
		catch (IOException ex) {
			// a reset after the reply was sent
		}
		return parse(all.toByteArray(), timedOut);
	}

	private static boolean complete(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			return false;
		}
		String head = text.substring(0, end).toLowerCase(Locale.ROOT);
		int length = head.indexOf("content-length:");
		if (length >= 0) {
			int lineEnd = head.indexOf("\r\n", length);
			long expected = Long.parseLong(head.substring(length + 15, (lineEnd < 0) ? head.length() : lineEnd).trim());
			return bytes.length - (end + 4) >= expected;
		}
		if (head.contains("transfer-encoding: chunked")) {
			return text.endsWith("0\r\n\r\n");
		}
		return head.startsWith("http/1.1 1") || head.startsWith("http/1.1 204") || head.startsWith("http/1.1 304");
	}

	private static Reply parse(byte[] bytes, boolean timedOut) {
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			return new Reply(0, Map.of(), bytes, timedOut);
		}
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
					lines[i].substring(colon + 1).trim());
		}
		byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = dechunk(body);
		}
		return new Reply(status, headers, body, timedOut);
	}

	private static byte[] dechunk(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int at = 0;
		while (at < body.length) {
			int lineEnd = indexOf(body, at);
			if (lineEnd < 0) {
				break;
			}
			int size = Integer.parseInt(new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).trim(), 16);
			if (size == 0) {
				break;
			}
			out.write(body, lineEnd + 2, Math.min(size, body.length - lineEnd - 2));
			at = lineEnd + 2 + size + 2;
		}
		return out.toByteArray();
	}

	private static int indexOf(byte[] body, int from) {
		for (int i = from; i < body.length - 1; i++) {
			if (body[i] == '\r' && body[i + 1] == '\n') {
				return i;
			}
		}
		return -1;
	}

}
