package dev.domainemu.support;

import java.util.List;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import tools.jackson.databind.json.JsonMapper;

/** Control-plane requests ({@code /_emulator}, JSON) to an emulator at a base URL. */
public final class Admin {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Admin() {
	}

	/** A request to the emulator at {@code baseUri} ({@code http://host:port}). */
	public static RequestSpecification at(String baseUri) {
		return RestAssured.given().baseUri(baseUri).contentType(ContentType.JSON);
	}

	/** The same, with the given object as its JSON body. */
	public static RequestSpecification at(String baseUri, Object body) {
		return at(baseUri).body(json(body));
	}

	/** The JSON array a {@code GET} of the path answers (after checking the 200). */
	public static <T> List<T> list(RequestSpecification request, String path) {
		return request.get(path).then().statusCode(200).extract().jsonPath().getList("$");
	}

	/** An object as JSON text. */
	public static String json(Object body) {
		return JSON.writeValueAsString(body);
	}

}
