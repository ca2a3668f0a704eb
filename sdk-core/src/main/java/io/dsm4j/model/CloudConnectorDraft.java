package io.dsm4j.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The input to create a cloud connector: its type, display name and the type's settings, named as
 * the API names them. Secret settings ({@code secretKey}, {@code azureAdApplicationSecret}, {@code
 * serviceAccount}, {@code password}) are never shown by {@link #toString()} and are masked in every
 * message and log.
 *
 * <table>
 *   <caption>Settings per type</caption>
 *   <tr><th>type</th><th>settings</th></tr>
 *   <tr><td>AWS</td><td>{@code crossAccountRoleArn}, or {@code accessKey} and {@code secretKey},
 *       or {@code useInstanceRole}; optional {@code seedRegion}, {@code workspacesEnabled}</td></tr>
 *   <tr><td>AZURE</td><td>{@code azureTenantID}, {@code subscriptionID}, {@code
 *       azureAdApplicationID}, {@code azureAdApplicationSecret}; optional {@code
 *       resourceApiEndPoint}, {@code loginApiEndPoint}</td></tr>
 *   <tr><td>GCP</td><td>{@code serviceAccount} (the service account's JSON key,
 *       Base64-encoded)</td></tr>
 *   <tr><td>VCENTER</td><td>{@code host}, {@code username}, {@code password} (Base64-encoded);
 *       optional {@code port}, {@code description}</td></tr>
 * </table>
 */
public final class CloudConnectorDraft {
  private static final Map<ConnectorType, Map<String, Class<?>>> SETTINGS = table();
  private static final Set<String> SECRETS =
      Set.of("secretKey", "azureAdApplicationSecret", "serviceAccount", "password");

  private final ConnectorType type;
  private final String name;
  private final Map<String, Object> settings;

  private CloudConnectorDraft(Builder b) {
    this.type = b.type;
    this.name = b.name;
    this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(b.settings));
  }

  private static Map<ConnectorType, Map<String, Class<?>>> table() {
    Map<ConnectorType, Map<String, Class<?>>> m = new EnumMap<>(ConnectorType.class);
    m.put(
        ConnectorType.AWS,
        ordered(
            "accessKey", String.class,
            "secretKey", String.class,
            "seedRegion", String.class,
            "useInstanceRole", Boolean.class,
            "crossAccountRoleArn", String.class,
            "workspacesEnabled", Boolean.class));
    m.put(
        ConnectorType.AZURE,
        ordered(
            "azureTenantID", String.class,
            "subscriptionID", String.class,
            "azureAdApplicationID", String.class,
            "azureAdApplicationSecret", String.class,
            "resourceApiEndPoint", String.class,
            "loginApiEndPoint", String.class));
    m.put(ConnectorType.GCP, ordered("serviceAccount", String.class));
    m.put(
        ConnectorType.VCENTER,
        ordered(
            "host", String.class,
            "port", Integer.class,
            "description", String.class,
            "username", String.class,
            "password", String.class));
    return m;
  }

  private static Map<String, Class<?>> ordered(Object... pairs) {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (Class<?>) pairs[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * Starts a draft.
   *
   * @param type the connector's type
   * @param name its display name (not blank)
   * @return a builder
   */
  public static Builder builder(ConnectorType type, String name) {
    return new Builder(type, name);
  }

  /**
   * @param type a connector type
   * @return the setting names it takes, with their value types ({@link String}, {@link Boolean},
   *     {@link Integer})
   */
  public static Map<String, Class<?>> settingsOf(ConnectorType type) {
    return SETTINGS.get(Objects.requireNonNull(type, "type"));
  }

  /**
   * @param setting a setting name
   * @return whether its value is a secret
   */
  public static boolean isSecret(String setting) {
    return SECRETS.contains(setting);
  }

  /**
   * @return the type
   */
  public ConnectorType type() {
    return type;
  }

  /**
   * @return the display name
   */
  public String name() {
    return name;
  }

  /**
   * @return the settings, by API name, in the order they were set
   */
  public Map<String, Object> settings() {
    return settings;
  }

  @Override
  public String toString() {
    Map<String, Object> shown = new LinkedHashMap<>();
    settings.forEach((k, v) -> shown.put(k, isSecret(k) ? "****" : v));
    return "CloudConnectorDraft[type=" + type + ", name=" + name + ", settings=" + shown + "]";
  }

  /** Builds a {@link CloudConnectorDraft}. */
  public static final class Builder {
    private final ConnectorType type;
    private final String name;
    private final Map<String, Object> settings = new LinkedHashMap<>();

    private Builder(ConnectorType type, String name) {
      this.type = Objects.requireNonNull(type, "type");
      this.name = Drafts.text(name, "connector name");
    }

    /**
     * @param setting a setting of this type (see the class description)
     * @param value its value: a {@link String}, {@link Boolean} or {@link Integer} as the setting
     *     takes
     * @return this builder
     * @throws IllegalArgumentException for a setting this type does not take, or a value of the
     *     wrong type
     */
    public Builder set(String setting, Object value) {
      Objects.requireNonNull(setting, "setting");
      Objects.requireNonNull(value, "value");
      Class<?> want = settingsOf(type).get(setting);
      if (want == null) {
        throw new IllegalArgumentException(
            "a "
                + type
                + " connector has no setting '"
                + setting
                + "'; it takes "
                + settingsOf(type).keySet());
      }
      if (!want.isInstance(value)) {
        throw new IllegalArgumentException(
            setting + " takes a " + want.getSimpleName().toLowerCase(java.util.Locale.ROOT));
      }
      if (value instanceof String s && s.isBlank()) {
        throw new IllegalArgumentException(setting + " must not be blank");
      }
      settings.put(setting, value);
      return this;
    }

    /**
     * @return the draft
     * @throws IllegalArgumentException when a setting the type needs is missing
     */
    public CloudConnectorDraft build() {
      List<String> missing =
          switch (type) {
            case AWS ->
                settings.containsKey("crossAccountRoleArn")
                        || Boolean.TRUE.equals(settings.get("useInstanceRole"))
                        || (settings.containsKey("accessKey") && settings.containsKey("secretKey"))
                    ? List.of()
                    : List.of(
                        "crossAccountRoleArn (or accessKey and secretKey, or useInstanceRole)");
            case AZURE ->
                absent(
                    "azureTenantID",
                    "subscriptionID",
                    "azureAdApplicationID",
                    "azureAdApplicationSecret");
            case GCP -> absent("serviceAccount");
            case VCENTER -> absent("host", "username", "password");
          };
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException("a " + type + " connector needs " + missing);
      }
      return new CloudConnectorDraft(this);
    }

    private List<String> absent(String... names) {
      TreeSet<String> out = new TreeSet<>();
      for (String n : names) {
        if (!settings.containsKey(n)) {
          out.add(n);
        }
      }
      return List.copyOf(out);
    }
  }
}
