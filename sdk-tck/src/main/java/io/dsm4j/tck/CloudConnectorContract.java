package io.dsm4j.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.Capability;
import io.dsm4j.exception.NotFoundException;
import io.dsm4j.model.CloudConnector;
import io.dsm4j.model.CloudConnectorDraft;
import io.dsm4j.model.ConnectorSync;
import io.dsm4j.model.ConnectorType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Cloud connectors of the four types. Part of {@link ManagerContractTest}. */
public interface CloudConnectorContract extends ContractFixture {

  private static CloudConnectorDraft draft(ConnectorType type, String name, String secret) {
    CloudConnectorDraft.Builder b = CloudConnectorDraft.builder(type, name);
    switch (type) {
      case AWS ->
          b.set("accessKey", "AKIAEXAMPLE").set("secretKey", secret).set("seedRegion", "us-east-1");
      case AZURE ->
          b.set("azureTenantID", "t-1")
              .set("subscriptionID", "s-1")
              .set("azureAdApplicationID", "a-1")
              .set("azureAdApplicationSecret", secret);
      case GCP ->
          b.set(
              "serviceAccount",
              Base64.getEncoder()
                  .encodeToString(
                      ("{\"project_id\":\"p-1\",\"private_key_id\":\"k-1\",\"client_email\":"
                              + "\"sa@p-1.iam.gserviceaccount.com\",\"private_key\":\""
                              + secret
                              + "\"}")
                          .getBytes(StandardCharsets.UTF_8)));
      case VCENTER ->
          b.set("host", "vcenter.example.com")
              .set("port", 443)
              .set("username", "administrator@vsphere.local")
              .set("password", Base64.getEncoder().encodeToString(secret.getBytes()));
    }
    return b.build();
  }

  @Test
  default void cloudConnectors_ofEveryType_createListGetFindDelete() {
    if (!supports(Capability.CLOUD_CONNECTOR_WRITE)) {
      assertUnsupported(
          () -> manager().cloudConnectors().list(ConnectorType.AWS).stream().toList());
      assertUnsupported(
          () -> manager().cloudConnectors().create(draft(ConnectorType.GCP, "g", "s3cr3t-key")));
      return;
    }
    for (ConnectorType type : ConnectorType.values()) {
      String name = ContractFixture.unique("tck-" + type.name().toLowerCase());
      String secret = "Secret-" + ContractFixture.unique("s");

      CloudConnector c = manager().cloudConnectors().create(draft(type, name, secret));

      assertThat(c.type()).isEqualTo(type);
      assertThat(c.name()).isEqualTo(name);
      assertThat(state().administration().cloudConnectors(type)).containsEntry(c.id(), name);
      assertThat(c.extra().asMap().values().toString()).doesNotContain(secret);
      assertThat(manager().cloudConnectors().get(type, c.id()).name()).isEqualTo(name);
      assertThat(manager().cloudConnectors().findByName(type, name))
          .map(CloudConnector::id)
          .contains(c.id());
      assertThat(manager().cloudConnectors().list(type).stream().map(CloudConnector::id))
          .contains(c.id());

      manager().cloudConnectors().delete(type, c.id());
      assertThat(state().administration().cloudConnectors(type)).doesNotContainKey(c.id());
      assertThatThrownBy(() -> manager().cloudConnectors().get(type, c.id()))
          .isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  default void cloudConnectors_secretsArriveButAreNeverAnswered() {
    if (!supports(Capability.CLOUD_CONNECTOR_WRITE)) {
      return;
    }
    CloudConnector c =
        manager()
            .cloudConnectors()
            .create(draft(ConnectorType.AWS, ContractFixture.unique("aws"), "Aws-Secret-123"));

    assertThat(state().administration().cloudConnectorSecret(ConnectorType.AWS, c.id()))
        .contains("Aws-Secret-123");
    assertThat(c.extra().has("secretKey")).isFalse();
    CloudConnector g =
        manager()
            .cloudConnectors()
            .create(draft(ConnectorType.GCP, ContractFixture.unique("gcp"), "k"));
    assertThat(g.extra().string("clientEmail")).contains("sa@p-1.iam.gserviceaccount.com");
  }

  @Test
  default void cloudConnectors_synchronize_gcpAndVcenter_andRefusedForAwsAzure() {
    if (!supports(Capability.CLOUD_CONNECTOR_SYNC)) {
      assertUnsupported(() -> manager().cloudConnectors().synchronize(ConnectorType.GCP, 1));
      return;
    }
    for (ConnectorType type : new ConnectorType[] {ConnectorType.GCP, ConnectorType.VCENTER}) {
      CloudConnector c =
          manager()
              .cloudConnectors()
              .create(draft(type, ContractFixture.unique("sync"), "Sync-Secret-1"));

      ConnectorSync s = manager().cloudConnectors().synchronize(type, c.id());

      assertThat(s.connectorId()).isEqualTo(c.id());
      assertThat(s.actionId()).isPositive();
      assertThat(s.status()).isEqualTo("SUBMITTED");
      assertThat(state().administration().cloudConnectorSyncs(type, c.id())).isEqualTo(1);
    }
    CloudConnector aws =
        manager()
            .cloudConnectors()
            .create(draft(ConnectorType.AWS, ContractFixture.unique("aws"), "Aws-Secret-9"));
    assertUnsupported(() -> manager().cloudConnectors().synchronize(ConnectorType.AWS, aws.id()));
    assertUnsupported(() -> manager().cloudConnectors().synchronize(ConnectorType.AZURE, 1));
  }
}
