package io.dsm4j;

import io.dsm4j.model.ComputerGroup;

/** Computer groups (capability {@link Capability#COMPUTER_GROUPS}), with their parents. */
public interface ComputerGroups extends ResourceGroup<ComputerGroup> {}
