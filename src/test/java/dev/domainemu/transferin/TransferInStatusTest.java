package dev.domainemu.transferin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TransferInStatusTest {

	@ParameterizedTest
	@CsvSource({ "10,INIT", "11,AUTHORIZATION", "19,AUTHORIZATION", "20,NAME_VERIFICATION", "21,NAME_VERIFICATION",
			"29,NAME_VERIFICATION", "31,PASSWORD_VERIFICATION", "39,PENDING", "50,FAIL", "51,FAIL", "52,FAIL",
			"59,SUCCESS" })
	void everyDocumentedStatusShowsItsSimpleStatus(int code, SimpleTransferInStatus simple) {
		assertThat(TransferInStatus.ofCode(code).simple()).isEqualTo(simple);
	}

	@ParameterizedTest
	@CsvSource({ "0", "12", "30", "53", "60", "-1" })
	void undocumentedStatusesDoNotExist(int code) {
		assertThat(TransferInStatus.ofCode(code)).isNull();
	}

}
