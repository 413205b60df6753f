package dev.domainemu.docs;

import com.aliyun.auth.credentials.Credential;
import com.aliyun.auth.credentials.provider.StaticCredentialProvider;
import com.aliyun.sdk.service.domain20180129.AsyncClient;
import com.aliyun.sdk.service.domain20180129.models.QueryTransferInByInstanceIdRequest;
import com.aliyun.sdk.service.domain20180129.models.QueryTransferInByInstanceIdResponseBody;
import darabonba.core.client.ClientOverrideConfiguration;

/**
 * Reads a transfer-in through the async SDK, against the emulator at the given endpoint
 * ({@code 127.0.0.1:8080}, say).
 */
public final class AsyncQuery {

	static QueryTransferInByInstanceIdResponseBody transferIn(String endpoint, String instanceId) throws Exception {
		try (AsyncClient client = AsyncClient.builder()
			.region("cn-hangzhou")
			.credentialsProvider(StaticCredentialProvider
				.create(Credential.builder().accessKeyId("anyKeyId").accessKeySecret("anySecret").build()))
			.overrideConfiguration(
					ClientOverrideConfiguration.create().setEndpointOverride(endpoint).setProtocol("HTTP"))
			.build()) {
			return client
				.queryTransferInByInstanceId(
						QueryTransferInByInstanceIdRequest.builder().instanceId(instanceId).build())
				.get()
				.getBody();
		}
	}

}
