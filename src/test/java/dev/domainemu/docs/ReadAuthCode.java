package dev.domainemu.docs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.domain.model.v20180129.QueryTaskDetailListRequest;
import com.aliyuncs.domain.model.v20180129.SaveSingleTaskForQueryingTransferAuthorizationCodeRequest;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;

/**
 * Reads a domain's transfer authorization code through the legacy SDK, against the
 * emulator at {@code 127.0.0.1:8080} (or the endpoint given as the first argument).
 */
public final class ReadAuthCode {

	public static void main(String[] args) throws Exception {
		System.out.println(readAuthCode((args.length > 0) ? args[0] : "127.0.0.1:8080"));
	}

	static String readAuthCode(String endpoint) throws Exception {
		// a domain held by the default account, with its code (the emulator's control
		// plane)
		call(endpoint, "POST", "/_emulator/domains",
				"{\"domainName\":\"example.com\",\"transferAuthorizationCode\":\"Ab1#xyz89Kq7\"}");

		IAcsClient client = new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", "anyKeyId", "anySecret"));
		SaveSingleTaskForQueryingTransferAuthorizationCodeRequest submit = new SaveSingleTaskForQueryingTransferAuthorizationCodeRequest();
		submit.setDomainName("example.com");
		String taskNo = client.getAcsResponse(at(endpoint, submit)).getTaskNo();

		// the task runs 3 s after it was submitted: move the clock instead of waiting
		call(endpoint, "POST", "/_emulator/clock/advance", "{\"seconds\":5}");

		QueryTaskDetailListRequest details = new QueryTaskDetailListRequest();
		details.setTaskNo(taskNo);
		details.setPageNum(1);
		details.setPageSize(10);
		return client.getAcsResponse(at(endpoint, details)).getData().get(0).getTaskResult();
	}

	/**
	 * Sends a request to the emulator over HTTP, asking for JSON (FormatType.XML works
	 * too).
	 */
	static <T extends AcsRequest<?>> T at(String endpoint, T request) {
		request.setSysEndpoint(endpoint);
		request.setSysProtocol(ProtocolType.HTTP);
		request.setSysAcceptFormat(FormatType.JSON);
		return request;
	}

	/**
	 * A control-plane call ({@code GET} without a body, else with a JSON one); its reply.
	 */
	static String call(String endpoint, String method, String path, String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + endpoint + path))
			.header("Content-Type", "application/json")
			.method(method,
					(json == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

}
