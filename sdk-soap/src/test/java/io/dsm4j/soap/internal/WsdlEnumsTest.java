package io.dsm4j.soap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dsm4j.soap.internal.WsdlEnums.SecurityProfileDPIState;
import io.dsm4j.soap.internal.generated.DPIRuleTransport;
import io.dsm4j.soap.internal.generated.SecurityProfileTransport;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Our copies of the WSDL's literals, and the String binding of the enumerated types. */
class WsdlEnumsTest {

  /** Every enumerated simple type of the packaged Manager.wsdl with its literals, in order. */
  private static Map<String, List<String>> wsdlEnumerations() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (InputStream in = WsdlEnumsTest.class.getResourceAsStream("/wsdl/Manager.wsdl")) {
      assertThat(in).as("/wsdl/Manager.wsdl on the class path").isNotNull();
      NodeList types =
          f.newDocumentBuilder()
              .parse(in)
              .getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "simpleType");
      for (int i = 0; i < types.getLength(); i++) {
        Element type = (Element) types.item(i);
        NodeList values =
            type.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "enumeration");
        List<String> literals = new ArrayList<>();
        for (int j = 0; j < values.getLength(); j++) {
          literals.add(((Element) values.item(j)).getAttribute("value"));
        }
        out.put(type.getAttribute("name"), literals);
      }
    }
    return out;
  }

  @Test
  void everyConstantIsExactlyTheWsdlsList() throws Exception {
    Map<String, List<String>> wsdl = wsdlEnumerations();
    Class<?>[] ours = WsdlEnums.class.getDeclaredClasses();
    assertThat(ours).isNotEmpty();
    for (Class<?> c : ours) {
      assertThat(c.isEnum()).as(c.getName()).isTrue();
      String type = "Enum" + c.getSimpleName();
      assertThat(wsdl).as("the WSDL declares %s", type).containsKey(type);
      List<String> names =
          Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
      assertThat(names).as(type).containsExactlyElementsOf(wsdl.get(type));
    }
  }

  @Test
  void enumeratedTypesAreGeneratedAsStrings() throws Exception {
    assertThat(wsdlEnumerations())
        .containsKeys("EnumSecurityProfileDPIState", "EnumDPIRuleSeverity");
    assertThat(SecurityProfileTransport.class.getMethod("getDPIState").getReturnType())
        .isEqualTo(String.class);
    assertThat(SecurityProfileTransport.class.getMethod("getRecommendationState").getReturnType())
        .isEqualTo(String.class);
    assertThat(DPIRuleTransport.class.getMethod("getSeverity").getReturnType())
        .isEqualTo(String.class);
    assertThat(DPIRuleTransport.class.getMethod("getPriority").getReturnType())
        .isEqualTo(String.class);
  }

  @Test
  void parsingIsTolerant() {
    assertThat(WsdlEnums.parse(SecurityProfileDPIState.class, "PASSIVE"))
        .isEqualTo(SecurityProfileDPIState.PASSIVE);
    assertThat(WsdlEnums.parse(SecurityProfileDPIState.class, "\n  PASSIVE\t"))
        .isEqualTo(SecurityProfileDPIState.PASSIVE);
    assertThat(WsdlEnums.parse(SecurityProfileDPIState.class, "FUTURE_MODE")).isNull();
    assertThat(WsdlEnums.parse(SecurityProfileDPIState.class, "passive")).isNull();
    assertThat(WsdlEnums.parse(SecurityProfileDPIState.class, "")).isNull();
    assertThat(WsdlEnums.parse(SecurityProfileDPIState.class, null)).isNull();
    assertThat(WsdlEnums.known(SecurityProfileDPIState.class, " ON ")).isEqualTo("ON");
    assertThat(WsdlEnums.known(SecurityProfileDPIState.class, "FUTURE_MODE")).isNull();
  }
}
