package io.dsm4j;

import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.ComputerGroupDraft;
import io.dsm4j.model.ComputerGroupUpdate;

/**
 * Computer groups, with their parents (reads: capability {@link Capability#COMPUTER_GROUPS}; create
 * and delete: {@link Capability#COMPUTER_GROUP_WRITE}; update: {@link
 * Capability#COMPUTER_GROUP_UPDATE}, REST only). Group names are not unique: {@link
 * #findByName(String)} answers the lowest ID among groups with that name.
 *
 * <pre>{@code
 * ComputerGroup prod = manager.computerGroups().create(ComputerGroupDraft.builder("Prod").build());
 * ComputerGroup web = manager.computerGroups().create(
 *     ComputerGroupDraft.builder("Web").parentId(prod.id()).build());
 * }</pre>
 */
public interface ComputerGroups
    extends EditableGroup<ComputerGroup, ComputerGroupDraft, ComputerGroupUpdate> {}
