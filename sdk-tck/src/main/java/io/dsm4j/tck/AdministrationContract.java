package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Capability;
import io.dsm4j.exception.ConflictException;
import io.dsm4j.exception.DsmException;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.Administrator;
import io.dsm4j.model.AdministratorDraft;
import io.dsm4j.model.ApiKey;
import io.dsm4j.model.ApiKeyDraft;
import io.dsm4j.model.NewApiKey;
import io.dsm4j.model.Role;
import io.dsm4j.model.RoleDraft;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** API keys, administrators and roles. Part of {@link ManagerContractTest}. */
public interface AdministrationContract extends ContractFixture {

  @Test
  default void apiKeys_createListRotateDisableDelete() {
    if (!supports(Capability.API_KEY_WRITE)) {
      assertUnsupported(() -> manager().apiKeys().create(ApiKeyDraft.builder("k", 1).build()));
      assertUnsupported(() -> manager().apiKeys().list().stream().toList());
      assertUnsupported(() -> manager().apiKeys().current());
      return;
    }
    String name = ContractFixture.unique("tck-key");
    Instant expires = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
    NewApiKey made =
        manager()
            .apiKeys()
            .create(ApiKeyDraft.builder(name, 2).description("ci").expires(expires).build());

    assertThat(made.secret()).isNotBlank();
    assertThat(made.toString()).doesNotContain(made.secret());
    int id = made.key().id();
    assertThat(state().administration().apiKeys()).containsEntry(id, name);
    assertThat(state().administration().apiKeyExpiry(id)).contains(expires);
    assertThat(manager().apiKeys().get(id).roleId()).isEqualTo(2);
    assertThat(manager().apiKeys().findByName(name)).map(ApiKey::id).contains(id);
    assertThat(manager().apiKeys().list().stream().map(ApiKey::id).toList()).contains(id);

    NewApiKey rotated = manager().apiKeys().rotate(id);
    assertThat(rotated.secret()).isNotEqualTo(made.secret());

    assertThat(manager().apiKeys().disable(id).active()).isFalse();
    assertThat(state().administration().apiKeyActive(id)).contains(false);

    manager().apiKeys().delete(id);
    assertThat(state().administration().apiKeys()).doesNotContainKey(id);
    assertThatThrownBy(() -> manager().apiKeys().get(id)).isInstanceOf(NotFoundException.class);
  }

  @Test
  default void apiKeys_current_isTheKeyInUse() {
    if (!supports(Capability.API_KEYS)) {
      assertUnsupported(() -> manager().apiKeys().current());
      return;
    }
    ApiKey current = manager().apiKeys().current();

    assertThat(current.id()).isPositive();
    assertThat(current.active()).isTrue();
  }

  @Test
  default void apiKeys_aNewSecret_isMaskedInEveryLaterError() {
    if (!supports(Capability.API_KEY_WRITE) || !supports(Capability.ADMINISTRATOR_WRITE)) {
      return; // a REST-only behaviour; the unsupported path is checked above
    }
    NewApiKey made =
        manager().apiKeys().create(ApiKeyDraft.builder(ContractFixture.unique("k"), 1).build());
    AdministratorDraft odd =
        AdministratorDraft.builder()
            .username(made.secret())
            .password("whatever-pass".toCharArray())
            .roleId(1)
            .build();
    Administrator first = manager().administrators().create(odd);

    // The manager's refusal quotes the name given: here the secret, which must never show.
    ConflictException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ConflictException.class, () -> manager().administrators().create(odd));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("****").doesNotContain(made.secret());
    manager().administrators().delete(first.id());
  }

  @Test
  default void administrators_createFindUpdateDelete_observedOnTheManager() {
    if (!supports(Capability.ADMINISTRATOR_WRITE)) {
      assertUnsupported(
          () ->
              manager()
                  .administrators()
                  .create(
                      AdministratorDraft.builder()
                          .username("u")
                          .password("p4ssw0rd".toCharArray())
                          .roleId(1)
                          .build()));
      return;
    }
    String username = ContractFixture.unique("tck-admin");
    String password = "S3cret-" + ContractFixture.unique("pw");
    Administrator a =
        manager()
            .administrators()
            .create(
                AdministratorDraft.builder()
                    .username(username)
                    .password(password.toCharArray())
                    .roleId(2)
                    .fullName("Tck Admin")
                    .emailAddress("tck@example.com")
                    .build());

    assertThat(a.username()).isEqualTo(username);
    assertThat(a.active()).isTrue();
    assertThat(state().administration().administrators()).containsEntry(a.id(), username);
    assertThat(state().administration().administratorHasPassword(a.id(), password)).isTrue();
    assertThat(state().administration().administratorRole(a.id())).contains(2);
    assertThat(manager().administrators().findByName(username))
        .map(Administrator::id)
        .contains(a.id());
    assertThat(manager().administrators().get(a.id()).fullName()).isEqualTo("Tck Admin");

    Administrator changed =
        manager()
            .administrators()
            .update(a.id(), AdministratorDraft.builder().active(false).roleId(1).build());

    assertThat(changed.active()).isFalse();
    assertThat(state().administration().administratorActive(a.id())).contains(false);
    assertThat(state().administration().administratorRole(a.id())).contains(1);
    assertThat(state().administration().administratorHasPassword(a.id(), password))
        .as("an update that sets no password keeps it")
        .isTrue();
    assertThat(manager().administrators().get(a.id()).fullName()).isEqualTo("Tck Admin");

    manager().administrators().delete(a.id());
    assertThat(state().administration().administrators()).doesNotContainKey(a.id());
    assertThat(manager().administrators().findByName(username)).isEmpty();
  }

  @Test
  default void administrators_aNameTaken_isAConflict_andIncompleteDraftsAreRefusedBeforeSending() {
    if (!supports(Capability.ADMINISTRATOR_WRITE)) {
      return;
    }
    String taken = state().administration().administrators().values().iterator().next();
    assertThatThrownBy(
            () ->
                manager()
                    .administrators()
                    .create(
                        AdministratorDraft.builder()
                            .username(taken)
                            .password("another-pass".toCharArray())
                            .roleId(1)
                            .build()))
        .isInstanceOf(ConflictException.class);

    int before = state().requestCount();
    assertThatThrownBy(
            () ->
                manager()
                    .administrators()
                    .create(AdministratorDraft.builder().username("x").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("password")
        .hasMessageContaining("roleId");
    assertThatThrownBy(
            () -> manager().administrators().update(1, AdministratorDraft.builder().build()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(state().requestCount()).isEqualTo(before);
  }

  @Test
  default void roles_createUpdateDelete_andBuiltInRolesStay() {
    if (!supports(Capability.ROLE_WRITE)) {
      assertUnsupported(() -> manager().roles().create(RoleDraft.builder().name("r").build()));
      assertUnsupported(() -> manager().roles().list().stream().toList());
      return;
    }
    List<Role> builtIn = manager().roles().list().stream().filter(Role::immutable).toList();
    assertThat(builtIn).extracting(Role::name).contains("Full Access", "Auditor");

    String name = ContractFixture.unique("tck-role");
    Role r =
        manager()
            .roles()
            .create(RoleDraft.builder().name(name).description("d").allowWebService(true).build());
    assertThat(state().administration().roles()).containsEntry(r.id(), name);
    assertThat(r.allowWebService()).isTrue();
    assertThat(r.immutable()).isFalse();

    Role renamed = manager().roles().update(r.id(), RoleDraft.builder().name(name + "-2").build());
    assertThat(renamed.name()).isEqualTo(name + "-2");
    assertThat(renamed.allowWebService()).as("fields not sent keep their value").isTrue();
    assertThat(state().administration().roles()).containsEntry(r.id(), name + "-2");

    manager().roles().delete(r.id());
    assertThat(state().administration().roles()).doesNotContainKey(r.id());
    assertThatThrownBy(() -> manager().roles().delete(builtIn.get(0).id()))
        .isInstanceOf(DsmException.class);
    assertThat(state().administration().roles()).containsKey(builtIn.get(0).id());
  }
}
