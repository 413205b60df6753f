package dev.domainemu.edge;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.domainemu.support.EmulatorTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that stall halfway through sending a body do not take every worker: with 250 of
 * them holding a body open, a normal call is still answered within a 10 s client timeout.
 * This matters on Java 17, where there are no virtual threads and Tomcat has a fixed pool
 * of workers; on later JDKs it holds as well.
 */
class SlowClientsTest extends EmulatorTest {

	private static final int STALLED = 250;

	@Test
	void stalledBodiesDoNotStopOtherCallers() throws Exception {
		List<Socket> stalled = new ArrayList<>();
		try {
			for (int i = 0; i < STALLED; i++) {
				Socket socket = new Socket();
				socket.connect(new InetSocketAddress("127.0.0.1", this.port), 5000);
				OutputStream out = socket.getOutputStream();
				out.write(("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
						+ "Content-Length: 1000\r\n\r\nAction=QueryTransferInList&Version=2018-01-29&")
					.getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
				stalled.add(socket);
			}
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
			HttpRequest call = HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port
						+ "/?Action=QueryTransferInList&Version=2018-01-29&Format=JSON&PageNum=1&PageSize=10"))
				.timeout(Duration.ofSeconds(10))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build();
			HttpResponse<String> reply = client.send(call, HttpResponse.BodyHandlers.ofString());
			assertThat(reply.statusCode()).as("on Java %s", Runtime.version()).isEqualTo(200);
		}
		finally {
			for (Socket socket : stalled) {
				try {
					socket.close();
				}
				catch (IOException ex) {
					// already closed by the server
				}
			}
		}
	}

}
