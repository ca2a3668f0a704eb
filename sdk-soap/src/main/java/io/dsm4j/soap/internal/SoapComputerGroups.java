package io.dsm4j.soap.internal;

import io.dsm4j.model.ComputerGroup;
import io.dsm4j.soap.internal.generated.HostGroupTransport;
import io.dsm4j.soap.internal.generated.Manager;
import io.dsm4j.spi.ComputerGroupOperations;

/** Computer (host) groups: {@code hostGroupRetrieveAll}, {@code …Retrieve}, {@code …ByName}. */
final class SoapComputerGroups extends SoapReadGroup<ComputerGroup>
    implements ComputerGroupOperations {
  SoapComputerGroups(SoapClient client) {
    super(
        client,
        new SoapCatalog<>(
            "computer group",
            "computer groups",
            "hostGroupRetrieveAll",
            Manager::hostGroupRetrieveAll,
            "hostGroupRetrieve",
            Manager::hostGroupRetrieve,
            "hostGroupRetrieveByName",
            Manager::hostGroupRetrieveByName,
            HostGroupTransport::getName,
            Mappers::computerGroup,
            ComputerGroup::id));
  }
}
