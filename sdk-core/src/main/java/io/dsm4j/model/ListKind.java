package io.dsm4j.model;

import io.dsm4j.Capability;

/**
 * The kinds of named item lists a manager keeps: the firewall's IP, MAC and port lists and the
 * anti-malware scan lists of directories, files and file extensions. Every kind has the same shape
 * (a name, a description, one entry per line), so dsm4j serves them all through one {@link
 * ItemList} type and one group per kind.
 */
public enum ListKind {
  /** IP lists: addresses, ranges, masks; REST {@code /iplists}, SOAP {@code IPList…}. */
  IP(Capability.IP_LISTS),
  /** MAC lists: MAC addresses; REST {@code /maclists}, SOAP {@code MACList…}. */
  MAC(Capability.MAC_LISTS),
  /** Port lists: ports and ranges; REST {@code /portlists}, SOAP {@code portList…}. */
  PORT(Capability.PORT_LISTS),
  /**
   * Anti-malware directory lists; REST {@code /directorylists}, SOAP {@code scanDirectoryList…}.
   */
  DIRECTORY(Capability.DIRECTORY_LISTS),
  /** Anti-malware file lists; REST {@code /filelists}, SOAP {@code scanFileList…}. */
  FILE(Capability.FILE_LISTS),
  /**
   * Anti-malware file extension lists; REST {@code /fileextensionlists}, SOAP {@code
   * scanFileExtList…}.
   */
  FILE_EXTENSION(Capability.FILE_EXTENSION_LISTS);

  private final Capability capability;

  ListKind(Capability capability) {
    this.capability = capability;
  }

  /**
   * @return the capability a backend declares when it serves lists of this kind
   */
  public Capability capability() {
    return capability;
  }
}
