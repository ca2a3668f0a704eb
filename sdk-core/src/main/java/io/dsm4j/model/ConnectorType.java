package io.dsm4j.model;

import java.util.Locale;

/** The kinds of cloud connector a manager synchronises computers from. */
public enum ConnectorType {
  /** Amazon Web Services accounts ({@code /api/awsconnectors}). */
  AWS,
  /** Microsoft Azure subscriptions ({@code /api/azureconnectors}). */
  AZURE,
  /** Google Cloud Platform projects ({@code /api/gcpconnectors}). */
  GCP,
  /** VMware vCenter servers ({@code /api/vcenterconnectors}). */
  VCENTER;

  /**
   * @param text {@code aws}, {@code azure}, {@code gcp} or {@code vcenter} (any case)
   * @return the type
   * @throws IllegalArgumentException for anything else
   */
  public static ConnectorType parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "connector type must be aws, azure, gcp or vcenter, not '" + text + "'");
    }
  }
}
