package io.dsm4j.soap.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The SOAP setting names: the literals of {@code EnumEditableSettingKey}, read once from the
 * backend's own WSDL subset (the one fact, not a second list). SOAP has no "list the settings"
 * call, so a listing asks for all of them.
 */
final class SettingKeys {
  private SettingKeys() {}

  private static final class Holder {
    static final List<String> KEYS = load();
  }

  /**
   * @return every key, in the WSDL's order
   */
  static List<String> all() {
    return Holder.KEYS;
  }

  /**
   * @param name a name
   * @return whether it is one of the keys
   */
  static boolean known(String name) {
    return Holder.KEYS.contains(name);
  }

  private static List<String> load() {
    try (InputStream in = SettingKeys.class.getResourceAsStream("/wsdl/Manager.wsdl")) {
      if (in == null) {
        throw new IllegalStateException("/wsdl/Manager.wsdl is missing from the SOAP backend");
      }
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList types =
          f.newDocumentBuilder()
              .parse(in)
              .getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "simpleType");
      for (int i = 0; i < types.getLength(); i++) {
        Element type = (Element) types.item(i);
        if (!"EnumEditableSettingKey".equals(type.getAttribute("name"))) {
          continue;
        }
        NodeList values =
            type.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "enumeration");
        List<String> keys = new ArrayList<>(values.getLength());
        for (int j = 0; j < values.getLength(); j++) {
          keys.add(((Element) values.item(j)).getAttribute("value"));
        }
        return Collections.unmodifiableList(keys);
      }
      throw new IllegalStateException("the WSDL subset has no EnumEditableSettingKey");
    } catch (IllegalStateException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the WSDL subset's setting keys", e);
    }
  }
}
