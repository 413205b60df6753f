package dev.domainemu;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Stream;

import dev.domainemu.ids.Ids;
import dev.domainemu.rpc.RpcSlice;
import dev.domainemu.support.Golden;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden replies that the envelope and the handlers' parameter checks decide on their
 * own (a parameter missing or not valid, an action unknown or not implemented, a version
 * unknown), on the RPC slice: the same files as {@link GoldenRepliesTest}, with the same
 * seeded identifiers, which start again before each case as they do after a reset.
 */
@RpcSlice
@TestPropertySource(properties = GoldenRepliesTest.SEEDED_IDS)
class GoldenParameterErrorsTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Ids ids;

	@BeforeEach
	void sequenceStartsAgain() {
		this.ids.restart();
	}

	static Stream<Arguments> casesInBothFormats() {
		return GoldenRepliesTest.cases()
			.stream()
			.filter(GoldenRepliesTest::decidedByParameters)
			.flatMap((c) -> Stream.of(Arguments.of(c, "JSON"), Arguments.of(c, "XML")));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("casesInBothFormats")
	void replyMatchesGoldenFile(GoldenRepliesTest.Case c, String format) throws Exception {
		Map<String, String> parameters = new LinkedHashMap<>(c.setup().apply(null));
		parameters.put("Format", format);
		parameters.putIfAbsent("Version", "2018-01-29");
		MockHttpServletResponse response = this.mvc.perform(MockMvcRequestBuilders.post("/").with((request) -> {
			request.setQueryString(query(parameters));
			return request;
		})).andReturn().getResponse();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body).isEqualTo(c.status());
		assertThat(response.getHeader("x-acs-request-id")).isNotBlank();
		assertThat(body).contains(response.getHeader("x-acs-request-id"));
		Golden.assertMatches(c.action() + "/" + c.name() + "." + format.toLowerCase(), body);
	}

	private static String query(Map<String, String> parameters) {
		StringJoiner query = new StringJoiner("&");
		parameters.forEach((name, value) -> query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return query.toString();
	}

}
