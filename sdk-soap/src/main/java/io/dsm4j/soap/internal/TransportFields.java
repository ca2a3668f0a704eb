package io.dsm4j.soap.internal;

import io.dsm4j.model.Fields;
import io.dsm4j.model.Policy;
import io.dsm4j.model.Rule;
import jakarta.xml.bind.annotation.XmlElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * Every field of a generated transport as a read-only {@link Fields} view, by WSDL element name
 * (the generated fields, read once per class): so that a field dsm4j does not model is still
 * readable. Arrays ({@code ArrayOf…} wrappers) become lists, nested transports nested fields, dates
 * ISO-8601 text.
 */
final class TransportFields {
  private TransportFields() {}

  private static final ClassValue<List<Field>> FIELDS =
      new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
          List<Field> out = new ArrayList<>();
          for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            List<Field> own = new ArrayList<>();
            for (Field f : c.getDeclaredFields()) {
              if (!Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                own.add(f);
              }
            }
            out.addAll(0, own); // the base type's fields first, as the WSDL orders them
          }
          return List.copyOf(out);
        }
      };

  /** The WSDL element name of a generated field. */
  static String elementName(Field f) {
    XmlElement e = f.getAnnotation(XmlElement.class);
    return e != null && !e.name().equals("##default") ? e.name() : f.getName();
  }

  /**
   * @param transport a generated transport
   * @param typed element names a model already exposes as typed components
   * @return the other fields
   */
  static Fields of(Object transport, Set<String> typed) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Field f : FIELDS.get(transport.getClass())) {
      String name = elementName(f);
      if (!typed.contains(name)) {
        m.put(name, value(read(f, transport)));
      }
    }
    return Fields.of(m);
  }

  /** The generated field of an element, or null when the transport has none. */
  static Field field(Class<?> type, String element) {
    for (Field f : FIELDS.get(type)) {
      if (elementName(f).equals(element)) {
        return f;
      }
    }
    return null;
  }

  /**
   * Sets an element of a transport, converting the value to the element's type (text, whole
   * numbers, booleans, decimals; a list becomes comma-separated text).
   *
   * @throws IllegalArgumentException when there is no such element or the value does not fit
   */
  static void set(Object transport, String element, Object value) {
    Field f = field(transport.getClass(), element);
    if (f == null) {
      throw new IllegalArgumentException("no element " + element);
    }
    Class<?> t = f.getType();
    Object v;
    try {
      if (value == null) {
        if (t.isPrimitive()) {
          throw new IllegalArgumentException(element + " cannot be empty");
        }
        v = null;
      } else if (t == String.class) {
        v =
            value instanceof List<?> l
                ? String.join(",", l.stream().map(String::valueOf).toList())
                : value.toString();
      } else if (t == Integer.class || t == int.class) {
        v = value instanceof Number n ? n.intValue() : Integer.parseInt(value.toString().trim());
      } else if (t == Boolean.class || t == boolean.class) {
        if (!(value instanceof Boolean) && !List.of("true", "false").contains(value.toString())) {
          throw new IllegalArgumentException(element + " is true or false, not " + value);
        }
        v = value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString());
      } else if (t == Double.class || t == double.class) {
        v =
            value instanceof Number n
                ? n.doubleValue()
                : Double.parseDouble(value.toString().trim());
      } else {
        throw new IllegalArgumentException(element + " cannot be set from a value");
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(element + " is a number, not " + value, e);
    }
    try {
      f.set(transport, v);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot set " + f, e);
    }
  }

  private static Object read(Field f, Object o) {
    try {
      return f.get(o);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + f, e);
    }
  }

  private static Object value(Object v) {
    if (v == null
        || v instanceof String
        || v instanceof Boolean
        || v instanceof Number
        || v instanceof Enum<?>) {
      return v;
    }
    if (v instanceof XMLGregorianCalendar cal) {
      return cal.toGregorianCalendar().toInstant().toString();
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(x -> out.add(value(x)));
      return out;
    }
    if (v.getClass().getSimpleName().startsWith("ArrayOf")) {
      for (Field f : FIELDS.get(v.getClass())) {
        if (f.getName().equals("item")) {
          return value(read(f, v));
        }
      }
    }
    if (v.getClass().getPackage() == TransportFields.class.getPackage()
        || v.getClass().getPackageName().endsWith(".generated")) {
      return of(v, Set.of()).asMap();
    }
    return v.toString();
  }

  private static final Set<String> RULE_TYPED =
      Set.of(
          "ID",
          "name",
          "description",
          "identifier",
          "severity",
          "cveNumbers",
          "cvssScore",
          "detectOnly",
          "applicationTypeID",
          "issued");

  private static final Set<String> POLICY_TYPED =
      Set.of(
          "ID",
          "name",
          "description",
          "parentSecurityProfileID",
          "antiMalwareState",
          "firewallState",
          "DPIState",
          "integrityState",
          "logInspectionState");

  /** The rule with the transport's other fields. */
  static Rule withExtra(Rule r, Object transport) {
    if (r == null) {
      return null;
    }
    return new Rule(
        r.kind(),
        r.id(),
        r.name(),
        r.description(),
        r.identifier(),
        r.severity(),
        r.cves(),
        r.cvssScore(),
        r.detectOnly(),
        r.applicationTypeId(),
        r.issued(),
        r.lastUpdated(),
        of(transport, RULE_TYPED));
  }

  /** The policy with the transport's other fields. */
  static Policy withExtra(Policy p, Object transport) {
    if (p == null) {
      return null;
    }
    return new Policy(
        p.id(),
        p.name(),
        p.description(),
        p.parentId(),
        p.moduleStates(),
        of(transport, POLICY_TYPED));
  }
}
