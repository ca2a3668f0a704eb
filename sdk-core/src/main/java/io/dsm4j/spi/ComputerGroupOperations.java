package io.dsm4j.spi;

import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.ComputerGroupDraft;
import io.dsm4j.model.ComputerGroupUpdate;

/**
 * Computer groups (SOAP: host groups). Reads (capability {@code COMPUTER_GROUPS}) follow {@link
 * ReadOperations}; {@link #create} and {@link #delete} need {@code COMPUTER_GROUP_WRITE}, {@link
 * #update} {@code COMPUTER_GROUP_UPDATE}, and follow {@link EditableOperations}. Group names are
 * not unique: a create with a name another group has is not refused for that alone.
 *
 * <p>SPI: for backend implementors.
 */
public interface ComputerGroupOperations
    extends EditableOperations<ComputerGroup, ComputerGroupDraft, ComputerGroupUpdate> {}
