package io.dsm4j.rest.internal;

import io.dsm4j.model.IpList;
import io.dsm4j.rest.internal.dto.Dtos.IpListDto;
import io.dsm4j.rest.internal.dto.Dtos.IpListList;
import io.dsm4j.spi.IpListOperations;

/** IP lists over {@code /api/iplists}: reads only. */
final class RestIpLists extends RestReads<IpListList, IpListDto, IpList>
    implements IpListOperations {

  RestIpLists(RestClient client) {
    super(
        client,
        new Resource<>(
            client.api()::searchIpLists,
            IpListList::ipLists,
            client.api()::getIpList,
            IpListDto::id,
            IpListDto::name,
            "name",
            Mapper::ipList));
  }
}
