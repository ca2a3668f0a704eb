package io.dsm4j;

import io.dsm4j.model.IpList;

/** IP lists (capability {@link Capability#IP_LISTS}): named sets of addresses and ranges. */
public interface IpLists extends ResourceGroup<IpList> {}
