package io.dsm4j.rest.internal;

import io.dsm4j.model.ComputerGroup;
import io.dsm4j.rest.internal.dto.Dtos.ComputerGroupDto;
import io.dsm4j.rest.internal.dto.Dtos.ComputerGroupList;
import io.dsm4j.spi.ComputerGroupOperations;

/** Computer groups over {@code /api/computergroups}: reads only. */
final class RestComputerGroups extends RestReads<ComputerGroupList, ComputerGroupDto, ComputerGroup>
    implements ComputerGroupOperations {

  RestComputerGroups(RestClient client) {
    super(
        client,
        new Resource<>(
            client.api()::searchComputerGroups,
            ComputerGroupList::computerGroups,
            client.api()::getComputerGroup,
            ComputerGroupDto::id,
            ComputerGroupDto::name,
            "name",
            Mapper::group));
  }
}
