package io.dsm4j;

import io.dsm4j.model.CloudConnector;
import io.dsm4j.model.CloudConnectorDraft;
import io.dsm4j.model.ConnectorSync;
import io.dsm4j.model.ConnectorType;
import java.util.Optional;

/**
 * Cloud connectors: AWS accounts, Azure subscriptions, GCP projects and vCenter servers the manager
 * synchronises computers from ({@link Capability#CLOUD_CONNECTORS}, REST). IDs are unique per type,
 * so every call names the type.
 */
public interface CloudConnectors {

  /**
   * @param type the connectors' type
   * @return every connector of that type, lazily
   */
  PagedIterable<CloudConnector> list(ConnectorType type);

  /**
   * @param type the connector's type
   * @param id its ID
   * @return the connector
   * @throws io.dsm4j.exception.NotFoundException when there is none
   */
  CloudConnector get(ConnectorType type, int id);

  /**
   * @param type the connector's type
   * @param name the exact display name
   * @return the connector with that name and the lowest ID, if any
   */
  Optional<CloudConnector> findByName(ConnectorType type, String name);

  /**
   * Adds a connector ({@link Capability#CLOUD_CONNECTOR_WRITE}); its secrets are masked in every
   * message and log.
   *
   * @param draft the connector
   * @return the connector as the manager answered
   */
  CloudConnector create(CloudConnectorDraft draft);

  /**
   * Asks the manager to synchronise a connector now ({@link Capability#CLOUD_CONNECTOR_SYNC}). Only
   * GCP and vCenter connectors have such an action in the API; for AWS and Azure this fails with
   * {@link io.dsm4j.exception.UnsupportedCapabilityException} before any request.
   *
   * @param type the connector's type
   * @param id its ID
   * @return the synchronisation the manager accepted
   */
  ConnectorSync synchronize(ConnectorType type, int id);

  /**
   * Removes a connector and the computers it brought ({@link Capability#CLOUD_CONNECTOR_WRITE}).
   *
   * @param type the connector's type
   * @param id its ID
   */
  void delete(ConnectorType type, int id);
}
