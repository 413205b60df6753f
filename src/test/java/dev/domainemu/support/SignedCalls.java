package dev.domainemu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import com.aliyuncs.auth.HmacSHA1Signer;
import com.aliyuncs.auth.RpcSignatureComposer;
import com.aliyuncs.http.MethodType;

/**
 * V1-signed calls made by hand, signed by the legacy SDK's own composer and signer: for
 * the tests that send one call twice (a replay), or change it after signing.
 */
public final class SignedCalls {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	private SignedCalls() {
	}

	/** The parameters of a V1 call in JSON with the key, signed at {@code at}. */
	public static Map<String, String> signedV1(String accessKeyId, String secret, Map<String, String> business,
			Instant at, String nonce) {
		Map<String, String> parameters = new LinkedHashMap<>(business);
		parameters.put("Version", "2018-01-29");
		parameters.put("Format", "JSON");
		parameters.put("AccessKeyId", accessKeyId);
		parameters.put("SignatureMethod", "HMAC-SHA1");
		parameters.put("SignatureVersion", "1.0");
		parameters.put("SignatureNonce", nonce);
		parameters.put("Timestamp", TIMESTAMP.format(at));
		HmacSHA1Signer signer = new HmacSHA1Signer();
		String stringToSign = RpcSignatureComposer.getComposer()
			.composeStringToSign(MethodType.POST, null, signer, parameters, null, null);
		parameters.put("Signature", signer.signString(stringToSign, secret + "&"));
		return parameters;
	}

	/** Sends the parameters in the query of a POST to the emulator at host:port. */
	public static HttpResponse<String> send(String endpoint, Map<String, String> parameters) {
		StringJoiner query = new StringJoiner("&");
		parameters.forEach((name, value) -> query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create("http://" + endpoint + "/?" + query))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
