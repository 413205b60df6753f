package dev.domainemu.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.domainemu.account.AccountConflictException;
import dev.domainemu.account.AccountRecord;
import dev.domainemu.account.Accounts;
import dev.domainemu.account.KeyRecord;
import dev.domainemu.paging.Window;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The accounts and the access keys that act for them: a fresh account with a key of its
 * own for a test's setup, a key registered for an account, the accounts listed, and an
 * account removed with everything it holds.
 */
@RestController
@RequestMapping("/_emulator/accounts")
class AccountController {

	private final Accounts accounts;

	private final AccountRemoval removal;

	AccountController(Accounts accounts, AccountRemoval removal) {
		this.accounts = accounts;
		this.removal = removal;
	}

	/**
	 * {@code {}} (or no body): a new, empty account with a generated key;
	 * {@code {"accessKeyId", "accessKeySecret", "userId"?, "securityToken"?}}: that key,
	 * for that account (a new one when {@code userId} is left out).
	 */
	@PostMapping
	ResponseEntity<Map<String, String>> add(@RequestBody(required = false) NewKey request) {
		KeyRecord key;
		try {
			key = (request == null || request.isEmpty()) ? this.accounts.create()
					: this.accounts.register(new KeyRecord(request.accessKeyId(), request.accessKeySecret(),
							request.userId(), request.securityToken()));
		}
		catch (AccountConflictException ex) {
			throw new AdminException(HttpStatus.CONFLICT, ex.field(), ex.getMessage());
		}
		Map<String, String> body = new LinkedHashMap<>();
		body.put("userId", key.userId());
		body.put("accessKeyId", key.accessKeyId());
		body.put("accessKeySecret", key.accessKeySecret());
		if (key.securityToken() != null) {
			body.put("securityToken", key.securityToken());
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(body);
	}

	/** A page of the accounts by UserId, each with its keys' ids. */
	@GetMapping
	ResponseEntity<List<AccountRecord>> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer limit) {
		Window window = AdminPages.window(page, limit);
		return AdminPages.reply(window, this.accounts.list(window));
	}

	@GetMapping("/{userId}")
	AccountRecord account(@PathVariable String userId) {
		return this.accounts.find(userId).orElseThrow(() -> notFound(userId));
	}

	/**
	 * The account and everything it holds are gone; an account the configuration names
	 * (the default one, those of configured keys) stays, empty.
	 */
	@DeleteMapping("/{userId}")
	ResponseEntity<Void> remove(@PathVariable String userId) {
		if (!this.removal.remove(userId)) {
			throw notFound(userId);
		}
		return ResponseEntity.noContent().build();
	}

	private static AdminException notFound(String userId) {
		return new AdminException(HttpStatus.NOT_FOUND, "userId", "userId: no account " + userId);
	}

	/** A key to register; every field left out asks for a new account. */
	record NewKey(String accessKeyId, String accessKeySecret, String userId, String securityToken) {

		boolean isEmpty() {
			return this.accessKeyId == null && this.accessKeySecret == null && this.userId == null
					&& this.securityToken == null;
		}

	}

}
