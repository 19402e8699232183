package dev.drplan.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The formula of a figure as {@code drplan explain} prints it: the text in words and symbols, the
 * inputs it names, each read from the {@link Subject} of the derivation, and the pairs it applies
 * to. The formula's text is checked against the figure's value by FormulaCheckTest, which evaluates
 * each printed formula from its printed inputs.
 */
public final class Formula {

  /** One named input: its label (with the catalog entry it came from, if any) and its value. */
  public static final class Input {
    private final String name;
    private final Function<Subject, String> entry;
    private final Function<Subject, ?> value;

    private Input(String name, Function<Subject, String> entry, Function<Subject, ?> value) {
      this.name = name;
      this.entry = entry;
      this.value = value;
    }

    /** The symbol or key the formula text uses for this input. */
    public String name() {
      return name;
    }

    String label(Subject subject) {
      return entry == null ? name : name + " (" + entry.apply(subject) + ")";
    }
  }

  private final Predicate<Subject> appliesTo;
  private final String text;
  private final List<Input> inputs;
  private final String slot;
  private final Function<Subject, ?> slotValue;
  private final boolean rule;

  private Formula(
      Predicate<Subject> appliesTo,
      String text,
      List<Input> inputs,
      String slot,
      Function<Subject, ?> slotValue,
      boolean rule) {
    this.appliesTo = appliesTo;
    this.text = text;
    this.inputs = List.copyOf(inputs);
    this.slot = slot;
    this.slotValue = slotValue;
    this.rule = rule;
  }

  /** A formula for every pair. */
  static Formula of(String text, Input... inputs) {
    return when(subject -> true, text, inputs);
  }

  /** A formula for the pairs {@code appliesTo} accepts. */
  static Formula when(Predicate<Subject> appliesTo, String text, Input... inputs) {
    return new Formula(appliesTo, text, List.of(inputs), null, null, false);
  }

  /**
   * A rule for the pairs {@code appliesTo} accepts: the definition of a figure that no closed
   * expression of its inputs gives (a statistic of the backlog replay, §5), printed as explain
   * prints a formula, with the inputs it depends on.
   */
  static Formula rule(Predicate<Subject> appliesTo, String text, Input... inputs) {
    return new Formula(appliesTo, text, List.of(inputs), null, null, true);
  }

  /** This formula with {@code {name}} in its text filled from the subject. */
  Formula filling(String name, Function<Subject, ?> value) {
    return new Formula(appliesTo, text, inputs, name, value, rule);
  }

  /**
   * Whether this is a rule, a definition in words, rather than an expression that its inputs
   * evaluate to the figure.
   */
  public boolean isRule() {
    return rule;
  }

  /** An input read from the subject. */
  static Input input(String name, Function<Subject, ?> value) {
    return new Input(name, null, value);
  }

  /** An input from a catalog entry, labelled with the entry's name: {@code dbox_raw (df3060)}. */
  static Input input(String name, Function<Subject, String> entry, Function<Subject, ?> value) {
    return new Input(name, entry, value);
  }

  /** The text, with a {@code {slot}} where a figure of the subject goes. */
  public String text() {
    return text;
  }

  /** The names of the inputs, in the order explain prints them. */
  public List<String> inputNames() {
    List<String> names = new ArrayList<>();
    for (Input input : inputs) {
      names.add(input.name());
    }
    return names;
  }

  boolean appliesTo(Subject subject) {
    return appliesTo.test(subject);
  }

  /** The derivation of {@code figure} for {@code subject}: this formula, its inputs and value. */
  Derivation derive(Figure figure, Subject subject, Object value) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Input input : inputs) {
      values.put(input.label(subject), input.value.apply(subject));
    }
    String filled =
        slot == null
            ? text
            : text.replace("{" + slot + "}", String.valueOf(slotValue.apply(subject)));
    return new Derivation(figure.id(), figure.section(), filled, values, value);
  }

  /** The derivation by the first of {@code formulas} that applies, or {@code null} if none does. */
  static Derivation derive(
      Figure figure, List<Formula> formulas, Subject subject, Function<Subject, ?> value) {
    for (Formula formula : formulas) {
      if (formula.appliesTo(subject)) {
        return formula.derive(figure, subject, value.apply(subject));
      }
    }
    return null;
  }
}
