package io.dsm4j.spi;

import io.dsm4j.model.ComputerGroup;

/**
 * Computer groups (SOAP: host groups; capability {@code COMPUTER_GROUPS}). Reads follow {@link
 * ReadOperations}.
 *
 * <p>SPI: for backend implementors.
 */
public interface ComputerGroupOperations extends ReadOperations<ComputerGroup> {}
