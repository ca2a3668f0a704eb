package io.dsm4j.soap.internal;

import io.dsm4j.model.IpList;
import io.dsm4j.soap.internal.generated.IPListTransport;
import io.dsm4j.soap.internal.generated.Manager;
import io.dsm4j.spi.IpListOperations;

/** IP lists: {@code IPListRetrieveAll}, {@code IPListRetrieve}, {@code IPListRetrieveByName}. */
final class SoapIpLists extends SoapReadGroup<IpList> implements IpListOperations {
  SoapIpLists(SoapClient client) {
    super(
        client,
        new SoapCatalog<>(
            "IP list",
            "IP lists",
            "IPListRetrieveAll",
            Manager::ipListRetrieveAll,
            "IPListRetrieve",
            Manager::ipListRetrieve,
            "IPListRetrieveByName",
            Manager::ipListRetrieveByName,
            IPListTransport::getName,
            Mappers::ipList,
            IpList::id));
  }
}
