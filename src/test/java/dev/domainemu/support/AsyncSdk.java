package dev.domainemu.support;

import com.aliyun.auth.credentials.Credential;
import com.aliyun.auth.credentials.provider.StaticCredentialProvider;
import com.aliyun.sdk.service.domain20180129.AsyncClient;
import com.aliyun.sdk.service.domain20180129.models.QueryTransferInByInstanceIdRequest;
import com.aliyun.sdk.service.domain20180129.models.QueryTransferInByInstanceIdResponseBody;
import darabonba.core.client.ClientOverrideConfiguration;

/**
 * The official async SDK ({@code alibabacloud-domain20180129}), unmodified, pointed at
 * the emulator over HTTP.
 */
public final class AsyncSdk {

	private AsyncSdk() {
	}

	/** QueryTransferInByInstanceId for one instance, waited for. */
	public static QueryTransferInByInstanceIdResponseBody transferIn(AsyncClient client, String instanceId)
			throws Exception {
		return client
			.queryTransferInByInstanceId(QueryTransferInByInstanceIdRequest.builder().instanceId(instanceId).build())
			.get()
			.getBody();
	}

	public static AsyncClient client(String endpoint) {
		return AsyncClient.builder()
			.region("cn-hangzhou")
			.credentialsProvider(StaticCredentialProvider.create(
					Credential.builder().accessKeyId("testAccessKeyId").accessKeySecret("testAccessKeySecret").build()))
			.overrideConfiguration(
					ClientOverrideConfiguration.create().setEndpointOverride(endpoint).setProtocol("HTTP"))
			.build();
	}

}
