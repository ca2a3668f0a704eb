package io.dsm4j.model;

/**
 * Counts of rules a security update changed in one catalog.
 *
 * @param added rules added
 * @param updated rules updated
 * @param deleted rules deleted
 */
public record RuleChanges(int added, int updated, int deleted) {}
