package dev.domainemu.admin;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title and summary of the control plane's OpenAPI description, served at
 * {@code /_emulator/openapi} and browsable at {@code /_emulator/ui}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String TOKEN = "adminToken";

	@Bean
	OpenAPI controlPlaneApi(AdminProperties admin) {
		OpenAPI api = new OpenAPI().info(new Info().title("Alibaba Cloud Domain emulator: control plane")
			.version("0.1.0")
			.description("Seed state, move the clock and steps, inject faults, inspect domains, transfers and "
					+ "tasks, and read the journal. Plain camelCase JSON; every call takes an optional account."));
		if (admin.guarded()) {
			// the UI's "Authorize" button then asks for the token and sends it with each
			// call
			api.components(new Components().addSecuritySchemes(TOKEN,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
				.addSecurityItem(new SecurityRequirement().addList(TOKEN));
		}
		return api;
	}

}
