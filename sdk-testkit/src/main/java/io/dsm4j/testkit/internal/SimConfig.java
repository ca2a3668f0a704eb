package io.dsm4j.testkit.internal;

import io.dsm4j.testkit.EventOrder;
import java.time.Clock;
import java.time.Duration;

/** Immutable simulator settings, resolved from {@code DsmSimulator.Builder}. */
public record SimConfig(
    long seed,
    boolean full,
    String apiKey,
    String username,
    String password,
    String tenant,
    Duration sessionIdleTimeout,
    int maxSessions,
    Duration scanDelay,
    int eventCap,
    EventOrder eventOrder,
    int rateLimitPerMinute,
    Duration latency,
    Clock clock,
    int eventsPerKind,
    int ipsRuleCount,
    boolean legacyEventOperations) {}
