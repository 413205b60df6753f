package dev.domainemu.edge;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Collections;
import java.util.Map;

import dev.domainemu.support.EmulatorTest;
import dev.domainemu.support.RawHttp;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/**
 * Out of the box the emulator listens on loopback only, answers only to loopback names
 * and IP addresses in {@code Host}, and its control plane takes no change from another
 * site's page.
 */
class SafeByDefaultTest extends EmulatorTest {

	@Autowired
	private WebServerApplicationContext context;

	@Test
	void listensOnLoopbackOnly() throws IOException {
		Object address = ((TomcatWebServer) this.context.getWebServer()).getTomcat()
			.getConnector()
			.getProperty("address");
		assertThat(address).isInstanceOf(InetAddress.class);
		assertThat(((InetAddress) address).isLoopbackAddress()).as(String.valueOf(address)).isTrue();
		// and nothing answers on this machine's other addresses, where it has any
		// (refused,
		// or dropped by a firewall)
		for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			for (InetAddress other : Collections.list(network.getInetAddresses())) {
				if (other instanceof Inet4Address && !other.isLoopbackAddress()) {
					try (Socket socket = new Socket()) {
						assertThatThrownBy(() -> socket.connect(new InetSocketAddress(other, this.port), 2000))
							.as("connecting to " + other)
							.isInstanceOfAny(ConnectException.class, SocketTimeoutException.class);
					}
				}
			}
		}
	}

	@Test
	void anotherSitesPageCannotChangeAnything() throws IOException {
		seedDomain("kept.com", "Code#123", false);
		assertRefused("POST /_emulator/reset", "Origin: http://evil.example\r\n", 403, "Origin");
		assertRefused("POST /_emulator/reset", "Origin: null\r\n", 403, "Origin");
		assertRefused("POST /_emulator/reset", "Sec-Fetch-Site: cross-site\r\n", 403, "Sec-Fetch-Site");
		assertRefused("POST /_emulator/reset", "Sec-Fetch-Site: same-site\r\n", 403, "Sec-Fetch-Site");
		assertRefused("POST /_emulator/scenarios",
				"Content-Type: text/plain\r\nContent-Length: 16\r\n\r\nname: x\ndomains:", 415, "Content-Type");
		assertRefused("POST /_emulator/faults", "Content-Length: 2\r\n\r\n{}", 415, "Content-Type");
		assertRefused("OPTIONS /_emulator/reset",
				"Origin: http://evil.example\r\nAccess-Control-Request-Method: POST\r\n", 405, "method");
		RestAssured.given().port(this.port).get("/_emulator/domains/kept.com").then().statusCode(200);
		// its own pages, and clients that are not browsers, may
		RestAssured.given()
			.port(this.port)
			.header("Origin", "http://localhost:" + this.port)
			.header("Sec-Fetch-Site", "same-origin")
			.post("/_emulator/reset")
			.then()
			.statusCode(204);
		RestAssured.given().port(this.port).get("/_emulator/domains/kept.com").then().statusCode(404);
		admin(Map.of("frozen", true, "now", T0.toString())).put("/_emulator/clock").then().statusCode(200);
	}

	@Test
	void answersOnlyToLoopbackNamesAndAddresses() throws IOException {
		for (String host : new String[] { "evil.example", "evil.example:" + this.port, "localhost.evil.example" }) {
			RawHttp.Reply admin = RawHttp.send(this.port,
					"GET /_emulator/clock HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n", 5000);
			assertThat(admin.status()).as(host).isEqualTo(403);
			assertThat(admin.text()).contains("\"field\":\"Host\"");
			RawHttp.Reply rpc = RawHttp.send(this.port, "GET /?Action=QueryTransferInList&Version=2018-01-29"
					+ "&Format=JSON&PageNum=1&PageSize=10 HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n",
					5000);
			assertThat(rpc.status()).as(host).isEqualTo(403);
			assertThat(rpc.text()).contains("\"Code\":\"Forbidden.Host\"");
		}
		for (String host : new String[] { "localhost", "localhost:" + this.port, "127.0.0.1:" + this.port,
				"[::1]:" + this.port, "emulator.localhost", "10.1.2.3" }) {
			RawHttp.Reply reply = RawHttp.send(this.port,
					"GET /_emulator/clock HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n", 5000);
			assertThat(reply.status()).as(host).isEqualTo(200);
		}
		RestAssured.given()
			.port(this.port)
			.get("/_emulator/clock")
			.then()
			.statusCode(200)
			.body("frozen", equalTo(true));
	}

	private void assertRefused(String requestLine, String headersAndBody, int status, String field) throws IOException {
		String request = requestLine + " HTTP/1.1\r\nHost: localhost:" + this.port + "\r\nConnection: close\r\n"
				+ (headersAndBody.contains("\r\n\r\n") ? headersAndBody : headersAndBody + "\r\n");
		RawHttp.Reply reply = RawHttp.send(this.port, request, 5000);
		assertThat(reply.status()).as(requestLine + " " + headersAndBody + " " + reply.text()).isEqualTo(status);
		assertThat(reply.contentType()).startsWith("application/json");
		assertThat(reply.text()).contains("\"field\":\"" + field + "\"");
	}

}
