package dev.domainemu.transferin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What an order task detail was submitted with, kept until the task makes the
 * transfer-in.
 */
@Entity
@Table(name = "transfer_in_order")
class TransferInOrder {

	@Id
	@Column(name = "task_detail_no", length = 36)
	private String taskDetailNo;

	@Column(name = "authorization_code", nullable = false, length = 255)
	private String authorizationCode;

	@Column(name = "registrant_profile_id", nullable = false)
	private long registrantProfileId;

	@Column(name = "permit_premium_transfer", nullable = false)
	private boolean permitPremiumTransfer;

	protected TransferInOrder() {
	}

	TransferInOrder(String taskDetailNo, OrderRequest request) {
		this.taskDetailNo = taskDetailNo;
		this.authorizationCode = request.authorizationCode();
		this.registrantProfileId = request.registrantProfileId();
		this.permitPremiumTransfer = request.permitPremiumTransfer();
	}

	String authorizationCode() {
		return this.authorizationCode;
	}

	long registrantProfileId() {
		return this.registrantProfileId;
	}

	boolean permitPremiumTransfer() {
		return this.permitPremiumTransfer;
	}

}
