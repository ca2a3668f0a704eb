package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.CloudConnectors;
import io.dsm4j.PagedIterable;
import io.dsm4j.exception.ResponseRejectedException;
import io.dsm4j.exception.UnsupportedCapabilityException;
import io.dsm4j.model.CloudConnector;
import io.dsm4j.model.CloudConnectorDraft;
import io.dsm4j.model.ConnectorSync;
import io.dsm4j.model.ConnectorType;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.CloudConnectorOperations;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** {@link CloudConnectors} over {@link CloudConnectorOperations}. */
final class CloudConnectorsImpl implements CloudConnectors {
  private static final String GROUP = "cloudConnectors";
  private static final Function<BackendConnection, Optional<CloudConnectorOperations>> OF =
      BackendConnection::cloudConnectors;

  private final CallPipeline pipeline;

  CloudConnectorsImpl(CallPipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public PagedIterable<CloudConnector> list(ConnectorType type) {
    Objects.requireNonNull(type, "type");
    return pipeline.paged(
        GROUP + ".list",
        Capability.CLOUD_CONNECTORS,
        null,
        OF,
        GROUP,
        g -> page -> g.list(type, page),
        CloudConnector::id);
  }

  @Override
  public CloudConnector get(ConnectorType type, int id) {
    Objects.requireNonNull(type, "type");
    Args.id(id, "connector ID");
    String op = GROUP + ".get";
    CloudConnector c = call("get", Capability.CLOUD_CONNECTORS, true, g -> g.get(type, id));
    if (c.id() != id || c.type() != type) {
      throw new ResponseRejectedException(
          "the manager answered with "
              + c.type()
              + " connector "
              + c.id()
              + " when asked for "
              + type
              + " connector "
              + id,
          op,
          null,
          0,
          null);
    }
    return c;
  }

  @Override
  public Optional<CloudConnector> findByName(ConnectorType type, String name) {
    Objects.requireNonNull(type, "type");
    Args.name(name, "connector name");
    return pipeline.bulkCall(
        GROUP + ".findByName",
        Capability.CLOUD_CONNECTORS,
        null,
        true,
        OF,
        GROUP,
        g -> g.findByName(type, name));
  }

  @Override
  public CloudConnector create(CloudConnectorDraft draft) {
    Objects.requireNonNull(draft, "draft");
    return call("create", Capability.CLOUD_CONNECTOR_WRITE, false, g -> g.create(draft));
  }

  @Override
  public ConnectorSync synchronize(ConnectorType type, int id) {
    Objects.requireNonNull(type, "type");
    Args.id(id, "connector ID");
    String op = GROUP + ".synchronize";
    if (type == ConnectorType.AWS || type == ConnectorType.AZURE) {
      throw new UnsupportedCapabilityException(
          "synchronising "
              + type
              + " connectors is not supported: the API has no synchronise action for them (the"
              + " manager synchronises them on its own schedule)",
          op,
          null);
    }
    return call(
        "synchronize", Capability.CLOUD_CONNECTOR_SYNC, false, g -> g.synchronize(type, id));
  }

  @Override
  public void delete(ConnectorType type, int id) {
    Objects.requireNonNull(type, "type");
    Args.id(id, "connector ID");
    call(
        "delete",
        Capability.CLOUD_CONNECTOR_WRITE,
        false,
        g -> {
          g.delete(type, id);
          return null;
        });
  }

  /** One call of the group's operation {@code op} through the pipeline. */
  private <R> R call(
      String op, Capability cap, boolean read, Function<CloudConnectorOperations, R> fn) {
    return pipeline.call(GROUP + "." + op, cap, null, read, OF, GROUP, fn);
  }
}
