package dev.domainemu.account;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccessKeyRepository extends JpaRepository<AccessKey, String> {

	@Query("select k from AccessKey k where k.userId in :userIds order by k.accessKeyId")
	List<AccessKey> ofAccounts(Collection<String> userIds);

	@Modifying
	@Query("delete from AccessKey k where k.userId = :userId")
	int deleteOfAccount(String userId);

}
