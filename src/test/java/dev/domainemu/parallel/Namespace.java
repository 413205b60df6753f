package dev.domainemu.parallel;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.aliyuncs.domain.model.v20180129.QueryTaskDetailListResponse;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import dev.domainemu.support.Admin;
import dev.domainemu.support.LegacySdk;
import io.restassured.specification.RequestSpecification;

/**
 * A test's own world on the shared emulator: a random AccessKeyId, which the emulator
 * (started with {@code emulator.accounts.unknown-keys=isolated}) gives an account of its
 * own on first use, with its own data, clock, step policies and reset. The SDK signs with
 * it and every control-plane call names it, so a test uses plain names ({@code
 * example.com}) and moves its clock where it likes, forward or back, whatever the other
 * tests do at the same time.
 */
final class Namespace {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	/** 2026-01-15 12:00:00 in Asia/Shanghai. */
	static final Instant T0 = Instant.parse("2026-01-15T04:00:00Z");

	private final String accessKeyId;

	private Namespace(String accessKeyId) {
		this.accessKeyId = accessKeyId;
	}

	/** A namespace no one has used, its clock frozen at {@link #T0}. */
	static Namespace fresh() {
		Namespace namespace = new Namespace(randomKey());
		namespace.freezeAt(T0);
		return namespace;
	}

	static String randomKey() {
		StringBuilder key = new StringBuilder("LTAI");
		for (int i = 0; i < 20; i++) {
			key.append(CHARACTERS.charAt(RANDOM.nextInt(CHARACTERS.length())));
		}
		return key.toString();
	}

	String accessKeyId() {
		return this.accessKeyId;
	}

	/** The legacy SDK, signing with this namespace's key. */
	LegacySdk sdk(FormatType format) {
		return new LegacySdk(SharedEmulator.endpoint(), format, this.accessKeyId, "secret-" + this.accessKeyId);
	}

	/** A control-plane request for this namespace's account. */
	RequestSpecification admin() {
		return Admin.at(SharedEmulator.url()).queryParam("accessKeyId", this.accessKeyId);
	}

	RequestSpecification admin(Object body) {
		return Admin.at(SharedEmulator.url(), body).queryParam("accessKeyId", this.accessKeyId);
	}

	/** Freezes this namespace's clock at the instant. */
	void freezeAt(Instant now) {
		admin(Map.of("frozen", true, "now", now.toString())).put("/_emulator/clock").then().statusCode(200);
	}

	/** Moves this namespace's clock forward, the steps due on the way run. */
	void advanceSeconds(double seconds) {
		admin(Map.of("seconds", seconds)).post("/_emulator/clock/advance").then().statusCode(200);
	}

	/** This namespace's clock, as the control plane reads it. */
	Instant now() {
		return Instant.parse(admin().get("/_emulator/clock").then().statusCode(200).extract().path("now"));
	}

	/** Empties this namespace's account and puts its clock and policies back. */
	void reset() {
		admin().post("/_emulator/reset").then().statusCode(204);
	}

	void seedDomain(String domainName, String code) {
		admin((code != null) ? Map.of("domainName", domainName, "transferAuthorizationCode", code)
				: Map.of("domainName", domainName))
			.post("/_emulator/domains")
			.then()
			.statusCode(201);
	}

	String seedTransferIn(Map<String, Object> body) {
		return admin(body).post("/_emulator/transfer-ins").then().statusCode(201).extract().path("instanceId");
	}

	/**
	 * Gives the losing registrar the domain with an authorization code of this
	 * namespace's own, and answers the code.
	 */
	String seedRegistrarCode(String domainName) {
		String code = "Reg#" + this.accessKeyId.substring(4, 12);
		admin(Map.of("domainName", domainName, "authorizationCode", code)).post("/_emulator/registrar-domains")
			.then()
			.statusCode(201);
		return code;
	}

	/** The newest verification mail's token for the domain. */
	String mailToken(String domainName) {
		List<String> tokens = Admin.list(admin().queryParam("domainName", domainName), "/_emulator/outbox")
			.stream()
			.map((mail) -> (String) ((Map<?, ?>) mail).get("token"))
			.toList();
		return tokens.get(tokens.size() - 1);
	}

	/** The task's only detail, read through the SDK. */
	QueryTaskDetailListResponse.TaskDetail detail(LegacySdk sdk, String taskNo) throws ClientException {
		List<QueryTaskDetailListResponse.TaskDetail> details = sdk.call(LegacySdk.taskDetails(taskNo)).getData();
		if (details.size() != 1) {
			throw new AssertionError("Expected one detail of " + taskNo + " but found " + details.size());
		}
		return details.get(0);
	}

}
