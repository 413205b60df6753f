package dev.domainemu.registrar;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The registry's side of transfers.
 *
 * @param suffixes the top-level domains that take transfers in
 */
@ConfigurationProperties("emulator.registry")
record RegistrarProperties(@DefaultValue( {
		"com", "net", "org", "info", "biz", "xyz", "top", "cn", "中国", "club", "site", "online", "vip", "shop", "store",
		"tech", "cc", "tv", "me", "co" }) List<String> suffixes){
}
