package dev.domainemu.rpc;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class ApiErrorTest {

	@ParameterizedTest
	@EnumSource(ApiError.class)
	void everyEntryHasAnEnglishAndAChineseMessage(ApiError error) {
		String english = error.message(Lang.EN, "DomainName");
		String chinese = error.message(Lang.ZH, "DomainName");
		assertThat(english).isNotBlank().isNotEqualTo(chinese);
		assertThat(chinese).containsPattern("\\p{IsHan}");
		assertThat(error.httpStatus()).isBetween(400, 599);
		assertThat(error.code("DomainName")).doesNotContain("{0}");
	}

	@Test
	void missingAndInvalidFollowTheGatewayWording() {
		assertThat(ApiError.MISSING_PARAMETER.code("InstanceId")).isEqualTo("MissingInstanceId");
		assertThat(ApiError.MISSING_PARAMETER.message(Lang.EN, "InstanceId"))
			.isEqualTo("InstanceId is mandatory for this action.");
		assertThat(ApiError.INVALID_PARAMETER.code("PageSize")).isEqualTo("InvalidPageSize");
		assertThat(ApiError.INVALID_PARAMETER.message(Lang.EN, "PageSize"))
			.isEqualTo("Specified parameter PageSize is not valid.");
	}

	@Test
	void codesAreUnique() {
		assertThat(Arrays.stream(ApiError.values()).map((error) -> error.code("X"))).doesNotHaveDuplicates();
	}

	@Test
	void langParsing() {
		assertThat(Lang.parse("zh")).isEqualTo(Lang.ZH);
		assertThat(Lang.parse("ZH-cn")).isEqualTo(Lang.ZH);
		assertThat(Lang.parse("en")).isEqualTo(Lang.EN);
		assertThat(Lang.parse(null)).isEqualTo(Lang.EN);
		assertThat(Lang.parse("z")).isEqualTo(Lang.EN);
	}

}
