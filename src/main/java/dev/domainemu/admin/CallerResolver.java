package dev.domainemu.admin;

import dev.domainemu.account.Accounts;
import dev.domainemu.account.UnknownAccessKeyException;
import dev.domainemu.progression.Progression;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a control-plane handler its {@link Caller} from the query parameters
 * {@code account} or {@code accessKeyId} (not both), with the account's clock and step
 * policies as another emulator sharing the database may have set them.
 */
@Component
class CallerResolver implements HandlerMethodArgumentResolver {

	private final Accounts accounts;

	private final Progression progression;

	CallerResolver(Accounts accounts, Progression progression) {
		this.accounts = accounts;
		this.progression = progression;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Caller.class || parameter.getParameterType() == Caller.IfNamed.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		String account = request.getParameter("account");
		String accessKeyId = request.getParameter("accessKeyId");
		if (parameter.getParameterType() == Caller.IfNamed.class) {
			boolean named = (account != null && !account.isBlank()) || (accessKeyId != null && !accessKeyId.isBlank());
			String userId = named ? caller(account, accessKeyId).userId() : null;
			this.progression.refresh((userId != null) ? userId : this.accounts.defaultUserId());
			return new Caller.IfNamed(userId);
		}
		Caller caller = caller(account, accessKeyId);
		this.progression.refresh(caller.userId());
		return caller;
	}

	/** The caller a UserId or an access key names. */
	Caller caller(String account, String accessKeyId) {
		boolean named = account != null && !account.isBlank();
		if (accessKeyId == null || accessKeyId.isBlank()) {
			return new Caller(this.accounts.orDefault(account));
		}
		if (named) {
			throw AdminException.badField("accessKeyId", "give account or accessKeyId, not both");
		}
		try {
			return new Caller(this.accounts.userIdFor(accessKeyId));
		}
		catch (UnknownAccessKeyException ex) {
			throw new AdminException(HttpStatus.NOT_FOUND, "accessKeyId",
					"accessKeyId: " + accessKeyId + " is not registered (emulator.accounts.unknown-keys is reject)");
		}
	}

}
