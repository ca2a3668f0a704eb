package io.dsm4j.automation;

/**
 * One change a {@link PolicyPlan} makes to a manager to reach a {@link PolicyDocument}.
 *
 * @param action what is done: {@code create-policy}, {@code update-policy}, {@code create-rule},
 *     {@code update-rule}, {@code set-setting}, {@code reset-setting}, {@code assign} or {@code
 *     unassign}
 * @param subject what it is done to, e.g. {@code setting firewallSettingReconnaissanceEnabled} or
 *     {@code intrusion-prevention identifier 1008610}
 * @param before the value now, or null
 * @param after the value afterwards, or null
 */
public record PolicyChange(String action, String subject, String before, String after) {}
