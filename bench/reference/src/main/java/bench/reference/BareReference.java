package bench.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** One entity, one repository, one endpoint that returns a row as JSON. */
@SpringBootApplication
@EnableJpaRepositories(considerNestedRepositories = true)
public class BareReference {

	public static void main(String[] args) {
		SpringApplication.run(BareReference.class, args);
	}

	@Bean
	ApplicationRunner seed(RowRepository rows) {
		return (args) -> rows.save(new Row("S2026ABCDEFGHIJK", "bench.com", "1000000000000001", 39, "PENDING",
				"2026-01-15 12:00:00", 1768449600000L));
	}

	@Entity
	public static class Row {

		@Id
		public String instanceId;

		public String domainName;

		public String userId;

		public int status;

		public String simpleTransferInStatus;

		public String submissionDate;

		public long submissionDateLong;

		protected Row() {
		}

		Row(String instanceId, String domainName, String userId, int status, String simpleTransferInStatus,
				String submissionDate, long submissionDateLong) {
			this.instanceId = instanceId;
			this.domainName = domainName;
			this.userId = userId;
			this.status = status;
			this.simpleTransferInStatus = simpleTransferInStatus;
			this.submissionDate = submissionDate;
			this.submissionDateLong = submissionDateLong;
		}

	}

	interface RowRepository extends JpaRepository<Row, String> {

	}

	@RestController
	static class RowController {

		private final RowRepository rows;

		RowController(RowRepository rows) {
			this.rows = rows;
		}

		@RequestMapping(path = "/rows/{id}", method = { RequestMethod.GET, RequestMethod.POST })
		Row row(@PathVariable String id) {
			return this.rows.findById(id).orElseThrow();
		}

	}

}
