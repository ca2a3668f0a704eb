package io.dsm4j.spi;

/**
 * A request for one page of a keyset-paged listing.
 *
 * @param afterId only objects with a greater ID (0 for the first page)
 * @param size the most items
 */
public record PageRequest(long afterId, int size) {}
