package io.dsm4j.spi;

import io.dsm4j.model.IpList;

/**
 * IP lists (capability {@code IP_LISTS}). Reads follow {@link ReadOperations}.
 *
 * <p>SPI: for backend implementors.
 */
public interface IpListOperations extends ReadOperations<IpList> {}
