package dev.domainemu.transferin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.domainemu.domain.DomainService;
import dev.domainemu.paging.Paging;
import dev.domainemu.paging.Window;
import dev.domainemu.registrar.RegistrarService;
import dev.domainemu.registrar.RegistrarView;
import dev.domainemu.rpc.ApiError;
import dev.domainemu.rpc.ApiException;
import dev.domainemu.storage.Totals;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading transfer-ins: one by its instance, an account's pages of them (the API's list
 * and the control plane's), their histories, and whether a domain can be transferred in.
 */
@Service
public class TransferInQueries {

	private final TransferInRepository transfers;

	private final TransferInReader reader;

	private final RegistrarService registrar;

	private final DomainService domains;

	private final Totals totals;

	TransferInQueries(TransferInRepository transfers, TransferInReader reader, RegistrarService registrar,
			DomainService domains, Totals totals) {
		this.transfers = transfers;
		this.reader = reader;
		this.registrar = registrar;
		this.domains = domains;
		this.totals = totals;
	}

	/**
	 * Whether the account can transfer the domain in, checked in this order: the suffix
	 * is taken, the account does not hold it, no transfer-in of it is open, the losing
	 * registrar has not locked it, and the code (when given) is the registrar's.
	 */
	@Transactional(readOnly = true)
	public Feasibility feasibility(String userId, String domainName, String authorizationCode) {
		if (!this.registrar.supportsSuffix(domainName)) {
			return Feasibility.SUFFIX_NOT_SUPPORTED;
		}
		if (this.domains.holds(userId, domainName)) {
			return Feasibility.ALREADY_IN_ACCOUNT;
		}
		if (this.transfers.existsByUserIdAndStateOpenDomain(userId, domainName)) {
			return Feasibility.TRANSFER_IN_PROGRESS;
		}
		RegistrarView view = this.registrar.view(userId, domainName);
		if (view.transferProhibited()) {
			return Feasibility.TRANSFER_PROHIBITED;
		}
		if (authorizationCode != null && !view.accepts(authorizationCode)) {
			return Feasibility.AUTHORIZATION_CODE_INCORRECT;
		}
		return Feasibility.CAN_TRANSFER;
	}

	/**
	 * The caller's transfer-in; {@code InvalidInstanceId.NotFound} when there is none.
	 */
	public TransferInRecord get(String userId, String instanceId) {
		TransferInRecord transfer = this.reader.find(instanceId);
		if (transfer == null || !transfer.userId().equals(userId)) {
			throw new ApiException(ApiError.INSTANCE_NOT_FOUND);
		}
		return transfer;
	}

	/** The account's transfer-in, or {@code null}. */
	@Transactional(readOnly = true)
	public TransferInRecord find(String userId, String instanceId) {
		TransferInRecord transfer = this.reader.find(instanceId);
		return (transfer != null && transfer.userId().equals(userId)) ? transfer : null;
	}

	/**
	 * Every status change of the account's transfer-in, oldest first; {@code null} when
	 * there is no such instance.
	 */
	@Transactional(readOnly = true)
	public List<TransferInChange> history(String userId, String instanceId) {
		TransferInRecord transfer = this.reader.find(instanceId);
		return (transfer != null && transfer.userId().equals(userId)) ? this.reader.history(instanceId) : null;
	}

	/**
	 * The Status of a transfer-in: the instance's when one is named, else that of the
	 * domain's latest transfer-in; {@code null} when there is none.
	 */
	@Transactional(readOnly = true)
	public Integer currentStatus(String userId, String instanceId, String domainName) {
		if (instanceId != null) {
			TransferInRecord transfer = this.reader.find(instanceId);
			return (transfer != null && transfer.userId().equals(userId)) ? transfer.status().code() : null;
		}
		if (domainName != null) {
			return this.transfers.findFirstByUserIdAndDomainNameOrderBySubmissionDateDesc(userId, domainName)
				.map((transfer) -> transfer.status().code())
				.orElse(null);
		}
		return null;
	}

	/**
	 * Every transfer-in of the account, newest first, optionally of one domain or in one
	 * Status.
	 */
	@Transactional(readOnly = true)
	public Slice<TransferInRecord> all(String userId, String domainName, Integer status, Window window) {
		return this.transfers
			.search(userId, domainName, status,
					window.pageable(Sort.by(Sort.Order.desc("submissionDate"), Sort.Order.asc("instanceId"))))
			.map(TransferIn::toRecord);
	}

	/**
	 * One page of the account's transfer-ins, newest submission first, filtered by coarse
	 * status, domain-name prefix and submission time (inclusive bounds).
	 */
	@Transactional(readOnly = true)
	public Page<TransferInRecord> list(String userId, int pageNum, int pageSize, SimpleTransferInStatus simple,
			String domainPrefix, Instant submittedFrom, Instant submittedTo) {
		Specification<TransferIn> filter = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("userId"), userId));
			if (simple != null) {
				where.add(root.get("state")
					.get("statusCode")
					.in(Arrays.stream(TransferInStatus.values())
						.filter((status) -> status.simple() == simple)
						.map(TransferInStatus::code)
						.toList()));
			}
			if (domainPrefix != null) {
				where.add(cb.like(root.get("domainName"), likePrefix(domainPrefix), '\\'));
			}
			if (submittedFrom != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("submissionDate"), submittedFrom));
			}
			if (submittedTo != null) {
				where.add(cb.lessThanOrEqualTo(root.get("submissionDate"), submittedTo));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		Sort order = Sort.by(Sort.Order.desc("submissionDate"), Sort.Order.asc("instanceId"));
		Page<TransferIn> page = (simple == null && domainPrefix == null && submittedFrom == null && submittedTo == null)
				? Paging.page(pageNum, pageSize, order, this.totals.get(userId, TransferInService.TRANSFER_INS),
						(request) -> this.transfers.findByUserId(userId, request))
				: Paging.page(pageNum, pageSize, order, (request) -> this.transfers.findAll(filter, request));
		return page.map(TransferIn::toRecord);
	}

	private static String likePrefix(String prefix) {
		return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
