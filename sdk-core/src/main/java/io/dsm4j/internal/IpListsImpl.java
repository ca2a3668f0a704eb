package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.IpLists;
import io.dsm4j.model.IpList;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.IpListOperations;

/** {@link IpLists} over {@link IpListOperations}. */
final class IpListsImpl extends ReadGroup<IpList, IpListOperations> implements IpLists {
  IpListsImpl(CallPipeline pipeline) {
    super(
        pipeline,
        "ipLists",
        "IP list",
        Capability.IP_LISTS,
        BackendConnection::ipLists,
        IpList::id);
  }
}
