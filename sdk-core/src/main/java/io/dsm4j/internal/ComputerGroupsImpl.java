package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.ComputerGroups;
import io.dsm4j.model.ComputerGroup;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.ComputerGroupOperations;

/** {@link ComputerGroups} over {@link ComputerGroupOperations}. */
final class ComputerGroupsImpl extends ReadGroup<ComputerGroup, ComputerGroupOperations>
    implements ComputerGroups {
  ComputerGroupsImpl(CallPipeline pipeline) {
    super(
        pipeline,
        "computerGroups",
        "computer group",
        Capability.COMPUTER_GROUPS,
        BackendConnection::computerGroups,
        ComputerGroup::id);
  }
}
