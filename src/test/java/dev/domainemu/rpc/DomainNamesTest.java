package dev.domainemu.rpc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DomainNamesTest {

	@ParameterizedTest
	@CsvSource({ "example.com,example.com", "Example.COM,example.com", "中文.com,中文.com",
			"xn--fiq228c.com,xn--fiq228c.com", "a-b.co.uk,a-b.co.uk" })
	void acceptsAndNormalises(String value, String expected) {
		assertThat(DomainNames.normalize(value)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "a b.com", "a/b.com", ".com", "a.", "a..com", "a@b.com", "a?b", "a#b", "a\tb" })
	void refusesWhatIsNotADomainName(String value) {
		assertThat(DomainNames.normalize(value)).isNull();
	}

}
