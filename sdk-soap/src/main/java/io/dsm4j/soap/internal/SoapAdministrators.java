package io.dsm4j.soap.internal;

import io.dsm4j.model.Administrator;
import io.dsm4j.model.AdministratorDraft;
import io.dsm4j.model.Fields;
import io.dsm4j.soap.internal.generated.Manager;
import io.dsm4j.soap.internal.generated.UserTransport;
import io.dsm4j.spi.AdministratorOperations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Administrators as the Web Service API's users: {@code userRetrieveAll}, {@code userRetrieve},
 * {@code userRetrieveByName}, {@code userSave}, {@code userDelete}. SOAP has no "active" flag:
 * {@code lockedOut} stands for its opposite. An update reads the user, changes the fields the draft
 * sets and saves the whole transport (every other field as read).
 */
final class SoapAdministrators extends SoapReadGroup<Administrator>
    implements AdministratorOperations {
  private static final String GET = "userRetrieve";
  private static final String SAVE = "userSave";

  private final SoapClient client;

  SoapAdministrators(SoapClient client) {
    super(
        client,
        new SoapCatalog<>(
            "administrator",
            "administrators",
            "userRetrieveAll",
            Manager::userRetrieveAll,
            GET,
            Manager::userRetrieve,
            "userRetrieveByName",
            Manager::userRetrieveByName,
            UserTransport::getUsername,
            SoapAdministrators::map,
            Administrator::id));
    this.client = client;
  }

  static Administrator map(UserTransport t) {
    if (t == null || t.getID() == null) {
      return null;
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("country", t.getCountry());
    extra.put("language", t.getLanguage());
    extra.put("lockedOut", t.isLockedOut());
    extra.put("mobileNumber", t.getMobileNumber());
    extra.put("pagerNumber", t.getPagerNumber());
    extra.put("passwordNeverExpires", t.isPasswordNeverExpires());
    extra.put("phoneNumber", t.getPhoneNumber());
    extra.put("receiveNotifications", t.isReceiveNotifications());
    return new Administrator(
        t.getID(),
        t.getUsername(),
        t.getFullName(),
        t.getDescription(),
        t.getRoleID() == null || t.getRoleID() == 0 ? null : t.getRoleID(),
        !t.isLockedOut(),
        t.getEmailAddress(),
        Fields.of(extra));
  }

  /** Sets the fields the draft sets; a password is registered before it is sent. */
  private void apply(AdministratorDraft d, UserTransport t) {
    if (d.username() != null) {
      t.setUsername(d.username());
    }
    char[] password = d.password();
    if (password != null) {
      client.secrets().add(password);
      t.setPassword(new String(password));
    }
    if (d.roleId() != null) {
      t.setRoleID(d.roleId());
    }
    if (d.fullName() != null) {
      t.setFullName(d.fullName());
    }
    if (d.description() != null) {
      t.setDescription(d.description());
    }
    if (d.emailAddress() != null) {
      t.setEmailAddress(d.emailAddress());
    }
    if (d.active() != null) {
      t.setLockedOut(!d.active());
    }
  }

  private Administrator save(UserTransport t, int id) {
    return SoapReads.found(
        map(client.call(SAVE, false, (p, s) -> p.userSave(t, s))), "administrator", id, SAVE);
  }

  @Override
  public Administrator create(AdministratorDraft draft) {
    UserTransport t = new UserTransport();
    apply(draft, t);
    return save(t, 0);
  }

  @Override
  public Administrator update(int id, AdministratorDraft changes) {
    UserTransport t =
        SoapReads.found(
            client.call(GET, false, (p, s) -> p.userRetrieve(id, s)), "administrator", id, GET);
    if (t.getID() == null) {
      throw SoapReads.notFound("administrator", id, GET);
    }
    // The manager never answers a password: none is sent unless the draft sets one.
    t.setPassword(null);
    apply(changes, t);
    return save(t, id);
  }

  @Override
  public void delete(int id) {
    client.call(
        "userDelete",
        false,
        (p, s) -> {
          p.userDelete(List.of(id), s);
          return null;
        });
  }
}
