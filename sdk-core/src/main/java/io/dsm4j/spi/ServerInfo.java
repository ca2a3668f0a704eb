package io.dsm4j.spi;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a backend learns about the manager.
 *
 * @param managerVersion the product version, or empty
 * @param managerTime the manager's clock, or null
 * @param apiVersion the API version
 */
public record ServerInfo(String managerVersion, @Nullable Instant managerTime, String apiVersion) {}
