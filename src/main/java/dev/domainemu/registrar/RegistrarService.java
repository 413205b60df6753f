package dev.domainemu.registrar;

import dev.domainemu.paging.Window;
import org.springframework.data.domain.Slice;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.domainemu.paging.Batches;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The world outside the account: the losing registrar's view of each domain, as each
 * account sees it (one account's seeds are not another's), and the top-level domains the
 * registry takes transfers for. A domain nobody seeded accepts any non-empty
 * authorization code, is not locked, shows {@code admin@<domain>} in WHOIS, is not
 * premium and passes the name audit; its transfer-in goes through mail verification and
 * the name audit (progress-bar type 0) under {@code .cn} and {@code .中国}, mail
 * verification only (1) under every other suffix.
 */
@Service
public class RegistrarService {

	private final RegistrarDomainRepository domains;

	private final Set<String> suffixes;

	RegistrarService(RegistrarDomainRepository domains, RegistrarProperties properties) {
		this.domains = domains;
		this.suffixes = Set.copyOf(properties.suffixes());
	}

	@Transactional(readOnly = true)
	public RegistrarView view(String userId, String domainName) {
		return this.domains.findById(new RegistrarDomain.Key(userId, domainName))
			.map((domain) -> domain.toView(defaultProgressBarType(domainName)))
			.orElseGet(() -> unseeded(domainName));
	}

	private RegistrarView unseeded(String domainName) {
		return new RegistrarView(domainName, null, false, "admin@" + domainName, false,
				defaultProgressBarType(domainName), true, false);
	}

	/** The registrar's view of each domain, as {@link #view} answers it, by name. */
	public Map<String, RegistrarView> views(String userId, Collection<String> domainNames) {
		Map<String, RegistrarView> views = new HashMap<>();
		Batches
			.byKey(domainNames, (batch) -> this.domains.findByUserIdAndDomainNameIn(userId, batch),
					RegistrarDomain::domainName)
			.forEach((name, domain) -> views.put(name, domain.toView(defaultProgressBarType(name))));
		domainNames.forEach((name) -> views.computeIfAbsent(name, this::unseeded));
		return views;
	}

	/** Every domain the account seeded, by name. */
	@Transactional(readOnly = true)
	public Slice<RegistrarView> list(String userId, Window window) {
		return this.domains.findByUserId(userId, window.pageable(Sort.by("domainName")))
			.map((domain) -> domain.toView(defaultProgressBarType(domain.domainName())));
	}

	private static int defaultProgressBarType(String domainName) {
		return (domainName.endsWith(".cn") || domainName.endsWith(".中国")) ? 0 : 1;
	}

	/** Whether the registry takes transfers for the domain's top-level domain. */
	public boolean supportsSuffix(String domainName) {
		int dot = domainName.lastIndexOf('.');
		return dot > 0 && this.suffixes.contains(domainName.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/**
	 * Seeds (or replaces) the registrar's view of a domain.
	 * @throws IllegalArgumentException naming the field that is not acceptable
	 */
	@Transactional
	public RegistrarView seed(String userId, RegistrarSeed seed) {
		if (seed.progressBarType() != null && (seed.progressBarType() < 0 || seed.progressBarType() > 3)) {
			throw new IllegalArgumentException("progressBarType: must be 0, 1, 2 or 3");
		}
		boolean hidden = seed.whoisEmail() != null && seed.whoisEmail().isEmpty();
		RegistrarDomain domain = new RegistrarDomain(userId, seed.domainName(), seed.authorizationCode(),
				Boolean.TRUE.equals(seed.transferProhibited()), hidden ? null : seed.whoisEmail(), hidden,
				Boolean.TRUE.equals(seed.premium()), seed.progressBarType(),
				!Boolean.FALSE.equals(seed.nameAuditPasses()));
		return this.domains.save(domain).toView(defaultProgressBarType(seed.domainName()));
	}

	/** Forgets the account's view of the domains. */
	@Transactional
	public void remove(String userId, Collection<String> domainNames) {
		Batches.forEach(domainNames, (batch) -> this.domains.deleteByUserIdAndDomainNames(userId, batch));
	}

	/** Forgets every view the account seeded. */
	@Transactional
	public void forget(String userId) {
		this.domains.deleteByUserId(userId);
	}

	@Transactional
	public void clear() {
		this.domains.deleteAllInBatch();
	}

}
