package io.dsm4j.soap.internal;

import io.dsm4j.Backend;
import io.dsm4j.exception.UnsupportedCapabilityException;
import io.dsm4j.model.ComputerGroup;
import io.dsm4j.model.ComputerGroupDraft;
import io.dsm4j.model.ComputerGroupUpdate;
import io.dsm4j.soap.internal.generated.HostGroupTransport;
import io.dsm4j.soap.internal.generated.Manager;
import io.dsm4j.spi.ComputerGroupOperations;

/**
 * Computer (host) groups: {@code hostGroupRetrieveAll}, {@code …Retrieve}, {@code …ByName}, {@code
 * hostGroupCreate} and {@code hostGroupDelete}. The Web Service API cannot change a group (there is
 * no {@code hostGroupSave}), so {@code COMPUTER_GROUP_UPDATE} is not declared.
 */
final class SoapComputerGroups
    extends SoapEditable<HostGroupTransport, ComputerGroup, ComputerGroupDraft, ComputerGroupUpdate>
    implements ComputerGroupOperations {
  SoapComputerGroups(SoapClient client) {
    super(
        client,
        new SoapCatalog<>(
            "computer group",
            "computer groups",
            "hostGroupRetrieveAll",
            Manager::hostGroupRetrieveAll,
            "hostGroupRetrieve",
            Manager::hostGroupRetrieve,
            "hostGroupRetrieveByName",
            Manager::hostGroupRetrieveByName,
            HostGroupTransport::getName,
            Mappers::computerGroup,
            ComputerGroup::id),
        new Writes<>(
            "hostGroupCreate",
            Manager::hostGroupCreate,
            "hostGroupDelete",
            Manager::hostGroupDelete,
            SoapComputerGroups::fresh,
            (t, u) -> {
              throw new IllegalStateException("unreachable: update is overridden");
            }));
  }

  private static HostGroupTransport fresh(ComputerGroupDraft d) {
    HostGroupTransport t = new HostGroupTransport();
    t.setID(null);
    t.setName(d.name());
    t.setDescription(d.description());
    t.setExternal(false);
    t.setParentGroupID(d.parentId());
    return t;
  }

  /** Never called by the core: the capability is not declared. */
  @Override
  public ComputerGroup update(int id, ComputerGroupUpdate update) {
    throw new UnsupportedCapabilityException(
        "the SOAP API cannot change a computer group (there is no hostGroupSave)",
        "hostGroupSave",
        Backend.SOAP);
  }
}
