package dev.domainemu.transferin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface TransferInRepository extends JpaRepository<TransferIn, String>, JpaSpecificationExecutor<TransferIn> {

	/**
	 * The account's transfer-ins, of one domain and in one Status when those are given.
	 */
	@Query("""
			select t from TransferIn t where t.userId = :userId
			and (:domainName is null or t.domainName = :domainName) and (:status is null or t.state.statusCode = :status)
			""")
	Slice<TransferIn> search(String userId, String domainName, Integer status, Pageable page);

	Optional<TransferIn> findByUserIdAndStateOpenDomain(String userId, String openDomain);

	/** The InstanceId of every transfer-in of the account. */
	@Query("select t.instanceId from TransferIn t where t.userId = :userId")
	List<String> instanceIdsOf(String userId);

	Optional<TransferIn> findFirstByUserIdAndDomainNameOrderBySubmissionDateDesc(String userId, String domainName);

	Optional<TransferIn> findFirstByUserIdAndDomainNameAndStateStatusCodeOrderBySubmissionDateDesc(String userId,
			String domainName, int statusCode);

	Optional<TransferIn> findFirstByUserIdAndDomainNameAndStateStatusCodeInOrderBySubmissionDateDesc(String userId,
			String domainName, Collection<Integer> statusCodes);

	List<TransferIn> findByUserIdAndDomainNameInAndStateStatusCode(String userId, Collection<String> domainNames,
			int statusCode);

	/**
	 * Whether the account has a transfer-in of the domain that has not ended (the column
	 * the unique key on open transfer-ins holds).
	 */
	boolean existsByUserIdAndStateOpenDomain(String userId, String domainName);

	/** A page of the account's transfer-ins, without counting them. */
	List<TransferIn> findByUserId(String userId, Pageable page);

	@Modifying
	@Query("delete from TransferIn t where t.instanceId in :instanceIds")
	int deleteByInstanceIds(Collection<String> instanceIds);

	@Modifying
	@Query(value = "delete from transfer_in_history", nativeQuery = true)
	int deleteAllHistories();

	/** Deletes the transfer-ins' status histories (kept in their own table). */
	@Modifying
	@Query(value = "delete from transfer_in_history where instance_id in (:instanceIds)", nativeQuery = true)
	int deleteHistories(Collection<String> instanceIds);

	/** The transfer-in, unless it is held: what the service's own steps may move. */
	@Query("select t from TransferIn t where t.instanceId = :instanceId and t.held = false")
	Optional<TransferIn> findFree(String instanceId);

	/** The transfer-ins of the ids that are not held. */
	@Query("select t from TransferIn t where t.instanceId in :instanceIds and t.held = false")
	List<TransferIn> findFree(Collection<String> instanceIds);

}
