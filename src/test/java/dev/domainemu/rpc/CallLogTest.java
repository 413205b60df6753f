package dev.domainemu.rpc;

import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The call log writes a line for every error at INFO and, only when DEBUG is on, for
 * every success.
 */
@Isolated
@Order(Integer.MAX_VALUE)
class CallLogTest {

	private final Logger logger = (Logger) LoggerFactory.getLogger("dev.domainemu.rpc.calls");

	private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

	private Level level;

	@BeforeEach
	void attach() {
		this.level = this.logger.getLevel();
		this.lines.start();
		this.logger.addAppender(this.lines);
	}

	@AfterEach
	void detach() {
		this.logger.detachAppender(this.lines);
		this.logger.setLevel(this.level);
	}

	@Test
	void errorsAreLoggedAtInfoAndSuccessesOnlyAtDebug() {
		CallLog log = new CallLog(List.of());
		RpcRequest request = new RpcRequest(Map.of(), "REQ-1", "QueryTaskList", Product.DOMAIN, WireFormat.JSON,
				Lang.EN, null, "1");
		this.logger.setLevel(Level.INFO);
		log.completed(request, 200, null, System.nanoTime());
		log.completed(request, 400, "MissingPageNum", System.nanoTime());
		assertThat(this.lines.list).singleElement().satisfies((line) -> {
			assertThat(line.getLevel()).isEqualTo(Level.INFO);
			assertThat(line.getFormattedMessage()).startsWith("QueryTaskList MissingPageNum 400 ").endsWith(" REQ-1");
		});
		this.logger.setLevel(Level.DEBUG);
		log.completed(request, 200, null, System.nanoTime());
		assertThat(this.lines.list).hasSize(2);
		assertThat(this.lines.list.get(1).getLevel()).isEqualTo(Level.DEBUG);
		assertThat(this.lines.list.get(1).getFormattedMessage()).startsWith("QueryTaskList OK 200 ");
	}

}
