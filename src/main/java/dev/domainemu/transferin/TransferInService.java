package dev.domainemu.transferin;

import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.rpc.ApiError;
import dev.domainemu.rpc.ApiException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfer-in instances: seeding and reading.
 */
@Service
public class TransferInService {

	private final TransferInRepository transfers;

	private final EmulatorClock clock;

	TransferInService(TransferInRepository transfers, EmulatorClock clock) {
		this.transfers = transfers;
		this.clock = clock;
	}

	/**
	 * The caller's transfer-in; {@code InvalidInstanceId.NotFound} when there is none.
	 */
	@Transactional(readOnly = true)
	public TransferInRecord get(String userId, String instanceId) {
		TransferIn transfer = this.transfers.findById(instanceId).orElse(null);
		if (transfer == null || !transfer.userId().equals(userId)) {
			throw new ApiException(ApiError.INSTANCE_NOT_FOUND);
		}
		return transfer.toRecord();
	}

	/**
	 * Creates a transfer-in in the seed's status with every derived field computed.
	 * @throws IllegalArgumentException naming the field that is not acceptable
	 */
	@Transactional
	public TransferInRecord seed(String userId, TransferInSeed seed) {
		TransferInStatus status = TransferInStatus.ofCode((seed.status() != null) ? seed.status() : 10);
		if (status == null) {
			throw new IllegalArgumentException("status: " + seed.status() + " is not a documented Status");
		}
		int progressBarType = (seed.progressBarType() != null) ? seed.progressBarType() : 0;
		if (progressBarType < 0 || progressBarType > 3) {
			throw new IllegalArgumentException("progressBarType: must be 0, 1, 2 or 3");
		}
		TransferInResultCode resultCode = status.defaultResultCode();
		if (seed.resultCode() != null) {
			resultCode = TransferInResultCode.ofCode(seed.resultCode());
			if (resultCode == null) {
				throw new IllegalArgumentException(
						"resultCode: " + seed.resultCode() + " is not a documented ResultCode");
			}
			if (status.defaultResultCode() == null) {
				throw new IllegalArgumentException("resultCode: status " + status.code() + " carries no ResultCode");
			}
		}
		boolean whoisMailStatus = (seed.whoisMailStatus() != null) ? seed.whoisMailStatus() : true;
		String email = (seed.email() != null) ? seed.email() : (whoisMailStatus ? "admin@" + seed.domainName() : null);
		boolean needMailCheck = (seed.needMailCheck() != null) ? seed.needMailCheck() : progressBarType <= 1;
		TransferIn transfer = TransferIn.seeded(InstanceIds.next(this.clock.instant()), userId, seed.domainName(),
				status, progressBarType, email, needMailCheck, whoisMailStatus, resultCode, this.clock.instant());
		return this.transfers.save(transfer).toRecord();
	}

	@Transactional
	public void clear() {
		this.transfers.deleteAllInBatch();
	}

}
