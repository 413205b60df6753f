package dev.domainemu.support;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.AcsResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.auth.SignatureVersion;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.domain.model.v20180129.QueryTaskDetailListRequest;
import com.aliyuncs.domain.model.v20180129.QueryTransferInByInstanceIdRequest;
import com.aliyuncs.domain.model.v20180129.QueryTransferInByInstanceIdResponse;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;

/**
 * The official legacy SDK ({@code aliyun-java-sdk-core} +
 * {@code aliyun-java-sdk-domain}), unmodified, pointed at the emulator.
 */
public final class LegacySdk {

	private final IAcsClient client;

	private final String endpoint;

	private final FormatType format;

	public LegacySdk(String endpoint, FormatType format) {
		this(endpoint, format, "testAccessKeyId", "testAccessKeySecret");
	}

	/** A client signing with the given key (V1). */
	public LegacySdk(String endpoint, FormatType format, String accessKeyId, String accessKeySecret) {
		this(endpoint, format, accessKeyId, accessKeySecret, SignatureVersion.V1);
	}

	/** A client signing with the given key and signature version. */
	public LegacySdk(String endpoint, FormatType format, String accessKeyId, String accessKeySecret,
			SignatureVersion signature) {
		DefaultAcsClient acs = new DefaultAcsClient(
				DefaultProfile.getProfile("cn-hangzhou", accessKeyId, accessKeySecret));
		acs.setSignatureVersion(signature);
		this.client = acs;
		this.endpoint = endpoint;
		this.format = format;
	}

	/** QueryTransferInByInstanceId for one instance. */
	public QueryTransferInByInstanceIdResponse transferIn(String instanceId) throws ClientException {
		QueryTransferInByInstanceIdRequest request = new QueryTransferInByInstanceIdRequest();
		request.setInstanceId(instanceId);
		return call(request);
	}

	/** QueryTaskDetailList for one task: its first page of 20 details. */
	public static QueryTaskDetailListRequest taskDetails(String taskNo) {
		QueryTaskDetailListRequest request = new QueryTaskDetailListRequest();
		request.setTaskNo(taskNo);
		request.setPageNum(1);
		request.setPageSize(20);
		return request;
	}

	public <T extends AcsResponse> T call(AcsRequest<T> request) throws ClientException {
		request.setSysEndpoint(this.endpoint);
		request.setSysProtocol(ProtocolType.HTTP);
		request.setSysAcceptFormat(this.format);
		return this.client.getAcsResponse(request);
	}

}
