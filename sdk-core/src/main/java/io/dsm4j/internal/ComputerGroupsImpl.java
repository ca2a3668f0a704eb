package io.dsm4j.internal;

import io.dsm4j.Capability;
import io.dsm4j.ComputerGroups;
import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.ComputerGroupDraft;
import io.dsm4j.model.ComputerGroupUpdate;
import io.dsm4j.spi.BackendConnection;
import io.dsm4j.spi.ComputerGroupOperations;

/** {@link ComputerGroups} over {@link ComputerGroupOperations}. */
final class ComputerGroupsImpl
    extends EditableGroupImpl<
        ComputerGroup, ComputerGroupDraft, ComputerGroupUpdate, ComputerGroupOperations>
    implements ComputerGroups {
  ComputerGroupsImpl(CallPipeline pipeline) {
    super(
        pipeline,
        "computerGroups",
        "computer group",
        Capability.COMPUTER_GROUPS,
        new Writes(
            Capability.COMPUTER_GROUP_WRITE,
            Capability.COMPUTER_GROUP_UPDATE,
            Capability.COMPUTER_GROUP_WRITE),
        BackendConnection::computerGroups,
        ComputerGroup::id,
        ComputerGroupUpdate::isEmpty);
  }
}
