package dev.domainemu.signature;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.aliyuncs.auth.HmacSHA1Signer;
import com.aliyuncs.auth.RpcSignatureComposer;
import com.aliyuncs.http.MethodType;
import dev.domainemu.support.EmulatorTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random parameter sets signed by the legacy SDK's own V1 composer and signer are all
 * accepted, and each is refused with one bit of the secret or one character of a value
 * changed; V3 calls are refused when the body does not match its hash or a signed header
 * is missing. Seeded ({@code -Dsignature.seed}), {@code -Dsignature.sets} for more.
 */
@TestPropertySource(properties = "emulator.signature.mode=enforce")
class SignaturePropertyTest extends EmulatorTest {

	private static final String ALPHABET = "abcXYZ019 *~+/=%&?#@!'\"()[]{}<>^`|\\:;,.-_中文字€😀";

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private String keyId;

	private String secret;

	@BeforeEach
	void account() {
		JsonPath account = newAccount();
		this.keyId = account.getString("accessKeyId");
		this.secret = account.getString("accessKeySecret");
	}

	@Test
	void everyRandomParameterSetSignedByTheSdkIsAcceptedAndEachFlipRefused() throws Exception {
		long seed = Long.getLong("signature.seed", new Random().nextLong());
		int sets = Integer.getInteger("signature.sets", 1000);
		Random random = new Random(seed);
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < sets; i++) {
			Map<String, String> business = new LinkedHashMap<>();
			business.put("Action", "QueryTaskList");
			business.put("PageNum", "1");
			business.put("PageSize", "10");
			int extra = 1 + random.nextInt(5);
			for (int p = 0; p < extra; p++) {
				business.put("Extra" + (char) ('A' + random.nextInt(26)) + p, value(random));
			}
			String good = send(signed(business, this.secret, random), "good");
			if (good != null) {
				failures.add("set " + i + " " + business + ": " + good);
			}
			char[] flipped = this.secret.toCharArray();
			int at = random.nextInt(flipped.length);
			flipped[at] = (char) (flipped[at] ^ (1 << random.nextInt(5)));
			String wrongSecret = send(signed(business, new String(flipped), random), "SignatureDoesNotMatch");
			if (wrongSecret != null) {
				failures.add("set " + i + " with a flipped secret: " + wrongSecret);
			}
			Map<String, String> tampered = signed(business, this.secret, random);
			String name = "Extra" + business.keySet()
				.stream()
				.filter((n) -> n.startsWith("Extra"))
				.findFirst()
				.orElseThrow()
				.substring(5);
			String value = tampered.get(name);
			tampered.put(name, value.isEmpty() ? "x" : value.substring(1) + (char) (value.charAt(0) ^ 1));
			String changedValue = send(tampered, "SignatureDoesNotMatch");
			if (changedValue != null) {
				failures.add("set " + i + " with a changed value: " + changedValue);
			}
		}
		assertThat(failures).as("seed %d, %d sets", seed, sets).isEmpty();
	}

	private static String value(Random random) {
		int length = random.nextInt(12);
		StringBuilder value = new StringBuilder();
		for (int i = 0; i < length; i++) {
			int index = random.nextInt(ALPHABET.length());
			if (Character.isHighSurrogate(ALPHABET.charAt(index))) {
				value.append(ALPHABET, index, index + 2);
			}
			else if (!Character.isLowSurrogate(ALPHABET.charAt(index))) {
				value.append(ALPHABET.charAt(index));
			}
		}
		return value.toString();
	}

	private Map<String, String> signed(Map<String, String> business, String withSecret, Random random) {
		Map<String, String> parameters = new LinkedHashMap<>(business);
		parameters.put("Version", "2018-01-29");
		parameters.put("Format", "JSON");
		parameters.put("AccessKeyId", this.keyId);
		parameters.put("SignatureMethod", "HMAC-SHA1");
		parameters.put("SignatureVersion", "1.0");
		parameters.put("SignatureNonce", new UUID(random.nextLong(), random.nextLong()).toString());
		parameters.put("Timestamp", TIMESTAMP.format(Instant.now()));
		HmacSHA1Signer signer = new HmacSHA1Signer();
		String stringToSign = RpcSignatureComposer.getComposer()
			.composeStringToSign(MethodType.POST, null, signer, parameters, null, null);
		parameters.put("Signature", signer.signString(stringToSign, withSecret + "&"));
		return parameters;
	}

	/**
	 * Sends the call; {@code null} when the outcome is the one expected, else what it
	 * was.
	 */
	private String send(Map<String, String> parameters, String expected) throws Exception {
		StringJoiner query = new StringJoiner("&");
		parameters.forEach((name, value) -> query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
		HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create("http://" + endpoint() + "/?" + query))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		boolean ok = expected.equals("good") ? reply.statusCode() == 200
				: reply.statusCode() == 400 && reply.body().contains("\"Code\":\"" + expected + "\"");
		return ok ? null : reply.statusCode() + " " + reply.body();
	}

	@Test
	void aV3CallWhoseBodyIsNotItsHashOrWhoseSignedHeaderIsMissingIsRefused() throws Exception {
		String body = "PageNum=1&PageSize=10";
		assertThat(v3(body, body, List.of()).statusCode()).isEqualTo(200);
		HttpResponse<String> tampered = v3(body, "PageNum=2&PageSize=10", List.of());
		assertThat(tampered.statusCode()).isEqualTo(400);
		assertThat(tampered.body()).contains("\"Code\":\"SignatureDoesNotMatch\"");
		HttpResponse<String> missing = v3(body, body, List.of("x-acs-extra"));
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("\"Code\":\"IncompleteSignature\"");
	}

	/**
	 * A V3 call (signed here by the spec's algorithm) whose hash and signature are for
	 * {@code signedBody} and whose body is {@code sentBody}; {@code unsent} names headers
	 * signed but not sent.
	 */
	private HttpResponse<String> v3(String signedBody, String sentBody, List<String> unsent) throws Exception {
		Map<String, String> headers = new TreeMap<>();
		headers.put("content-type", "application/x-www-form-urlencoded");
		headers.put("x-acs-action", "QueryTaskList");
		headers.put("x-acs-version", "2018-01-29");
		headers.put("x-acs-date", TIMESTAMP.format(Instant.now()));
		headers.put("x-acs-signature-nonce", UUID.randomUUID().toString());
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(signedBody.getBytes(StandardCharsets.UTF_8)));
		headers.put("x-acs-content-sha256", hash);
		for (String name : unsent) {
			headers.put(name, "value");
		}
		String signedHeaders = String.join(";", headers.keySet());
		StringBuilder canonical = new StringBuilder("POST\n/\n\n");
		headers.forEach((name, value) -> canonical.append(name).append(':').append(value).append('\n'));
		canonical.append('\n').append(signedHeaders).append('\n').append(hash);
		String stringToSign = "ACS3-HMAC-SHA256\n" + HexFormat.of()
			.formatHex(
					MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(this.secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String signature = HexFormat.of().formatHex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + endpoint() + "/"))
			.POST(HttpRequest.BodyPublishers.ofString(sentBody))
			.header("Authorization", "ACS3-HMAC-SHA256 Credential=" + this.keyId + ",SignedHeaders=" + signedHeaders
					+ ",Signature=" + signature);
		headers.forEach((name, value) -> {
			if (!unsent.contains(name)) {
				request.header(name, value);
			}
		});
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
