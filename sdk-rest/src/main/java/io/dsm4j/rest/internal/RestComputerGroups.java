package io.dsm4j.rest.internal;

import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.ComputerGroupDraft;
import io.dsm4j.model.ComputerGroupUpdate;
import io.dsm4j.spi.ComputerGroupOperations;

/** Computer groups over {@code /api/computergroups}: reads, create, modify, delete. */
final class RestComputerGroups
    extends RestCrud<ComputerGroup, ComputerGroupDraft, ComputerGroupUpdate>
    implements ComputerGroupOperations {

  RestComputerGroups(RestClient client) {
    super(
        client,
        new Spec<>(
            "computergroups",
            "computerGroups",
            o ->
                new ComputerGroup(
                    RestMaps.id(o, "ID") == null ? 0 : RestMaps.id(o, "ID"),
                    RestMaps.str(o, "name"),
                    RestMaps.str(o, "description"),
                    RestMaps.id(o, "parentGroupID")),
            d ->
                RestMaps.object(
                    "name",
                    d.name(),
                    "description",
                    d.description(),
                    "parentGroupID",
                    d.parentId()),
            u -> RestMaps.object("name", u.name(), "description", u.description())));
  }
}
