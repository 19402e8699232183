package dev.drplan.analysis;

import dev.drplan.model.Evaluation;
import dev.drplan.model.OptionResult;
import dev.drplan.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the constraint records. */
final class Constraints {
  private Constraints() {}

  static List<OptionResult> pairs(Evaluation evaluation, String configuration, String option) {
    List<OptionResult> pairs = new ArrayList<>();
    for (OptionResult result : evaluation.results()) {
      if ((configuration == null || result.configuration().equals(configuration))
          && (option == null || result.option().equals(option))) {
        pairs.add(result);
      }
    }
    return pairs;
  }

  static String scope(String configuration, String option) {
    if (configuration == null && option == null) {
      return "";
    }
    return "(" + (configuration == null ? "" : configuration + "/") + option + ")";
  }

  static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  static void checkNames(Scenario scenario, String configuration, String option) {
    if (configuration != null) {
      List<String> names = new ArrayList<>();
      scenario.primary().configurations().forEach(c -> names.add(c.name()));
      require("configuration", configuration, names);
    }
    if (option != null) {
      List<String> names = new ArrayList<>();
      scenario.options().forEach(o -> names.add(o.name()));
      require("option", option, names);
    }
  }

  private static void require(String what, String name, List<String> names) {
    if (!names.contains(name)) {
      throw new UnknownNameException(what, name, names);
    }
  }
}
