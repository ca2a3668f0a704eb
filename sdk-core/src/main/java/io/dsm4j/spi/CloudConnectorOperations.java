package io.dsm4j.spi;

import io.dsm4j.model.CloudConnector;
import io.dsm4j.model.CloudConnectorDraft;
import io.dsm4j.model.ConnectorSync;
import io.dsm4j.model.ConnectorType;
import java.util.Optional;

/**
 * Cloud connectors of every type (capabilities {@code CLOUD_CONNECTORS}, {@code
 * CLOUD_CONNECTOR_WRITE}, {@code CLOUD_CONNECTOR_SYNC}). The reads follow the rules of {@link
 * ReadOperations} within one type. Secret settings of a draft are registered with the connection's
 * secrets before they are sent.
 *
 * <p>SPI: for backend implementors.
 */
public interface CloudConnectorOperations {

  /**
   * @param type the type
   * @param page the cursor and page size
   * @return one page, as {@link ReadOperations#list} says
   */
  PageResult<CloudConnector> list(ConnectorType type, PageRequest page);

  /**
   * @param type the type
   * @param id a positive ID
   * @return the connector
   */
  CloudConnector get(ConnectorType type, int id);

  /**
   * @param type the type
   * @param name a non-blank name
   * @return the connector with exactly that name and the lowest ID, if any
   */
  Optional<CloudConnector> findByName(ConnectorType type, String name);

  /**
   * @param draft the connector
   * @return the connector as the manager answered
   */
  CloudConnector create(CloudConnectorDraft draft);

  /**
   * Called only for the types whose API has a synchronise action (GCP, vCenter).
   *
   * @param type the type
   * @param id a positive ID
   * @return the action the manager accepted
   */
  ConnectorSync synchronize(ConnectorType type, int id);

  /**
   * @param type the type
   * @param id a positive ID
   */
  void delete(ConnectorType type, int id);
}
