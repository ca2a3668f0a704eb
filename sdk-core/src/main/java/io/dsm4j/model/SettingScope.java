package io.dsm4j.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a setting is read or set: the manager itself (system settings), the default policy (the
 * values every top-level policy inherits), one policy, or one computer.
 *
 * <pre>{@code
 * SettingScope web = SettingScope.policy(12);
 * }</pre>
 *
 * @param level which kind of scope
 * @param id the policy or computer ID, null for the system and the default policy
 */
public record SettingScope(Level level, @Nullable Integer id) {

  /** The kinds of scope, from the widest to the narrowest. */
  public enum Level {
    /** Manager-wide settings. */
    SYSTEM,
    /** The default policy settings (REST only). */
    DEFAULT_POLICY,
    /** One policy. */
    POLICY,
    /** One computer. */
    COMPUTER
  }

  /**
   * Validates the components.
   *
   * @param level which kind of scope
   * @param id the policy or computer ID, null for the system and the default policy
   */
  public SettingScope {
    Objects.requireNonNull(level, "level");
    boolean needsId = level == Level.POLICY || level == Level.COMPUTER;
    if (needsId && (id == null || id <= 0)) {
      throw new IllegalArgumentException(
          level.name().toLowerCase(java.util.Locale.ROOT) + " ID must be a positive ID, got " + id);
    }
    if (!needsId && id != null) {
      throw new IllegalArgumentException(level + " settings have no ID");
    }
  }

  /**
   * @return the manager-wide scope
   */
  public static SettingScope system() {
    return new SettingScope(Level.SYSTEM, null);
  }

  /**
   * @return the default policy's scope
   */
  public static SettingScope defaultPolicy() {
    return new SettingScope(Level.DEFAULT_POLICY, null);
  }

  /**
   * @param policyId the policy
   * @return that policy's scope
   */
  public static SettingScope policy(int policyId) {
    return new SettingScope(Level.POLICY, policyId);
  }

  /**
   * @param computerId the computer
   * @return that computer's scope
   */
  public static SettingScope computer(int computerId) {
    return new SettingScope(Level.COMPUTER, computerId);
  }

  @Override
  public String toString() {
    return id == null
        ? level.name().toLowerCase(java.util.Locale.ROOT)
        : level.name().toLowerCase(java.util.Locale.ROOT) + " " + id;
  }
}
