package dev.domainemu.docs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.domain.model.v20180129.QueryTaskDetailListRequest;
import com.aliyuncs.domain.model.v20180129.QueryTransferInByInstanceIdRequest;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForCreatingOrderTransferRequest;
import com.aliyuncs.domain.model.v20180129.TransferInCheckMailTokenRequest;
import com.aliyuncs.profile.DefaultProfile;

import static dev.domainemu.docs.ReadAuthCode.at;
import static dev.domainemu.docs.ReadAuthCode.call;

/**
 * A transfer-in from the order to success through the legacy SDK: order, read the
 * InstanceId from the order task, verify the mail with the token from the outbox, let the
 * registry accept it. Returns the transfer-in's final Status (59).
 */
public final class OrderTransferIn {

	private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

	static int transferIn(String endpoint) throws Exception {
		IAcsClient client = new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", "anyKeyId", "anySecret"));
		call(endpoint, "PUT", "/_emulator/clock", "{\"frozen\":true}");

		SaveSingleTaskForCreatingOrderTransferRequest order = new SaveSingleTaskForCreatingOrderTransferRequest();
		order.setDomainName("example.com");
		order.setAuthorizationCode("Ab1#xyz89Kq7");
		order.setRegistrantProfileId(1001L);
		String taskNo = client.getAcsResponse(at(endpoint, order)).getTaskNo();
		call(endpoint, "POST", "/_emulator/clock/advance", "{\"seconds\":5}"); // the
																				// order
																				// task
																				// ran,
																				// the
																				// mail
																				// went
																				// out

		QueryTaskDetailListRequest details = new QueryTaskDetailListRequest();
		details.setTaskNo(taskNo);
		details.setPageNum(1);
		details.setPageSize(20);
		String instanceId = client.getAcsResponse(at(endpoint, details)).getData().get(0).getInstanceId();

		Matcher token = TOKEN.matcher(call(endpoint, "GET", "/_emulator/outbox?domainName=example.com", null));
		if (!token.find()) {
			throw new IllegalStateException("no verification mail in the outbox");
		}
		TransferInCheckMailTokenRequest check = new TransferInCheckMailTokenRequest();
		check.setToken(token.group(1));
		client.getAcsResponse(at(endpoint, check));
		call(endpoint, "POST", "/_emulator/clock/advance", "{\"seconds\":30}"); // processing,
																				// then
																				// the
																				// registry

		QueryTransferInByInstanceIdRequest query = new QueryTransferInByInstanceIdRequest();
		query.setInstanceId(instanceId);
		return client.getAcsResponse(at(endpoint, query)).getStatus();
	}

}
