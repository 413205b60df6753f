package dev.domainemu.scenario;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One thing a scenario made: its kind, its key (access key id, domain name, InstanceId,
 * TaskNo or fault rule id) and the domain it concerns.
 */
@Entity
@Table(name = "scenario_item")
class ScenarioItem {

	/** The kinds of things a scenario makes, in the order they are made. */
	enum Kind {

		KEY, REGISTRAR_DOMAIN, DOMAIN, TRANSFER_IN, TASK, FAULT

	}

	/**
	 * What an item names, read without making it a managed entity: removing a large
	 * scenario then leaves nothing for the persistence context to check at each flush.
	 */
	record Made(Kind kind, String key, String domainName) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false, length = 32)
	private String userId;

	@Column(name = "scenario_name", nullable = false, length = 64)
	private String scenarioName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private Kind kind;

	@Column(name = "item_key", nullable = false, length = 255)
	private String key;

	@Column(name = "domain_name", length = 255)
	private String domainName;

	protected ScenarioItem() {
	}

	ScenarioItem(String userId, String scenarioName, Kind kind, String key, String domainName) {
		this.userId = userId;
		this.scenarioName = scenarioName;
		this.kind = kind;
		this.key = key;
		this.domainName = domainName;
	}

	Kind kind() {
		return this.kind;
	}

	String key() {
		return this.key;
	}

	String domainName() {
		return this.domainName;
	}

}
