package dev.domainemu.registrar;

import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The world outside the account: the losing registrar's view of each domain, and the
 * top-level domains the registry takes transfers for. A domain nobody seeded accepts any
 * non-empty authorization code, is not locked, shows {@code admin@<domain>} in WHOIS and
 * is not premium.
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
	public RegistrarView view(String domainName) {
		return this.domains.findById(domainName)
			.map(RegistrarDomain::toView)
			.orElseGet(() -> new RegistrarView(domainName, null, false, "admin@" + domainName, false, false));
	}

	/** Whether the registry takes transfers for the domain's top-level domain. */
	public boolean supportsSuffix(String domainName) {
		int dot = domainName.lastIndexOf('.');
		return dot > 0 && this.suffixes.contains(domainName.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/** Seeds (or replaces) the registrar's view of a domain. */
	@Transactional
	public RegistrarView seed(RegistrarSeed seed) {
		boolean hidden = seed.whoisEmail() != null && seed.whoisEmail().isEmpty();
		RegistrarDomain domain = new RegistrarDomain(seed.domainName(), seed.authorizationCode(),
				Boolean.TRUE.equals(seed.transferProhibited()), hidden ? null : seed.whoisEmail(), hidden,
				Boolean.TRUE.equals(seed.premium()));
		return this.domains.save(domain).toView();
	}

	@Transactional
	public void clear() {
		this.domains.deleteAllInBatch();
	}

}
