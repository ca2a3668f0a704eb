package io.dsm4j.spi;

import java.util.Locale;

/**
 * How a manager's status texts are read into {@link io.dsm4j.model.AgentStatus}, the same for every
 * backend: the texts a DSM writes for an agent's overall status ({@code Managed (Online)}, {@code
 * Managed (Offline)}, {@code Offline}, {@code Unmanaged (Unknown)}, …). Module and warning texts
 * (e.g. {@code Anti-Malware Engine Offline}) are not overall statuses and do not count.
 *
 * <p>SPI: for backend implementors.
 */
public final class StatusTexts {
  private StatusTexts() {}

  /**
   * @param text an overall status text, or null
   * @return whether it says the agent is offline ({@code Offline}, {@code Managed (Offline)})
   */
  public static boolean saysOffline(String text) {
    if (text == null) {
      return false;
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    return t.equals("offline") || t.contains("(offline)");
  }

  /**
   * @param text an overall status text, or null
   * @return whether it says the computer is unmanaged ({@code Unmanaged (…)})
   */
  public static boolean saysUnmanaged(String text) {
    return text != null && text.trim().toLowerCase(Locale.ROOT).startsWith("unmanaged");
  }
}
