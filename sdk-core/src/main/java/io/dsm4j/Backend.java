package io.dsm4j;

/**
 * The API a {@link Manager} talks to.
 *
 * <ul>
 *   <li>{@link #REST}: the Deep Security API {@code /api} (DSM 11.1+, Cloud One Workload Security),
 *       with an API key.
 *   <li>{@link #SOAP}: the classic Web Service API {@code /webservice/Manager} (DSM 9.5–20), with a
 *       username and password. The only API with security updates and events.
 *   <li>{@link #AUTO}: both when both credentials are given; each operation goes to the backend
 *       that supports it, REST preferred.
 * </ul>
 */
public enum Backend {
  /** The Deep Security API {@code /api}. */
  REST,
  /** The Web Service API {@code /webservice/Manager}. */
  SOAP,
  /** Both, each operation to the backend that supports it (REST preferred). */
  AUTO;

  /**
   * Reads a backend name as people write it.
   *
   * @param text {@code rest}, {@code soap} or {@code auto}, any case, surrounding blanks ignored
   * @param source where the text came from, for the message (e.g. {@code DSM_BACKEND})
   * @return the backend
   * @throws IllegalArgumentException naming the source and the accepted values
   */
  public static Backend parse(String text, String source) {
    String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
    for (Backend b : values()) {
      if (b.name().equals(t)) {
        return b;
      }
    }
    throw new IllegalArgumentException(
        source + " must be rest, soap or auto, not '" + (text == null ? "" : text.strip()) + "'");
  }
}
