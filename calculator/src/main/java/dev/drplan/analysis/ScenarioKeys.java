package dev.drplan.analysis;

import dev.drplan.catalog.ValueKind;
import dev.drplan.scenario.DrOption;
import dev.drplan.scenario.Scenario;
import dev.drplan.schema.Questions;
import dev.drplan.schema.Row;
import dev.drplan.schema.ScenarioSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The numeric keys of a scenario that {@code sweep}, {@code solve} and distributions can vary, by
 * their path in the scenario format: a view of the {@link ScenarioSchema} rows that have an
 * accessor and a wither, with the domain of the row.
 *
 * <p>Which keys exist depends on the scenario: {@code primary.configurations.<name>.dboxes} for
 * each configuration, {@code options.<name>.<key>} for each option by kind, {@code
 * dataset.average_file_size} only when the scenario has one. {@link #keysOf} lists them in the
 * order of the schema; {@link #key} finds one or throws {@link UnknownScenarioKeyException} with
 * every valid key and a "did you mean".
 *
 * <p>Linked values stay linked: a data-copy option with {@code object_size: files} copies one
 * object per file, so setting {@code dataset.average_file_size} also sets those options' object
 * size, and such an option offers no {@code object_size} key of its own. Defaults the loader
 * resolved (a namespace's {@code reduction_ratio} and {@code fill_limit} taken from the primary)
 * are not linked: they are the option's own keys.
 */
public final class ScenarioKeys {
  private ScenarioKeys() {}

  /**
   * The keys of the scenario asked for last. Loading a scenario, checking its uncertain verdicts
   * and searching its remedies look up dozens of keys of one scenario, and each walk of the schema
   * costs as much as an evaluation at start-up. A scenario is immutable, so its keys are too.
   */
  private static volatile KeysOf last;

  private record KeysOf(Scenario scenario, List<ScenarioKey> keys) {}

  /** Every numeric key of {@code scenario} that can vary, in the order of the schema. */
  public static List<ScenarioKey> keysOf(Scenario scenario) {
    KeysOf known = last;
    if (known != null && known.scenario() == scenario) {
      return known.keys();
    }
    List<ScenarioKey> keys = new ArrayList<>();
    Row.Lens<Scenario, Scenario> self = Row.Lens.of(s -> s, (s, changed) -> changed);
    new Collector<>(scenario, self, "", keys).rows(ScenarioSchema.SCENARIO.rows());
    List<ScenarioKey> all = Collections.unmodifiableList(keys);
    last = new KeysOf(scenario, all);
    return all;
  }

  /** The paths of every key of {@code scenario}, in {@link #keysOf} order. */
  public static List<String> pathsOf(Scenario scenario) {
    List<String> paths = new ArrayList<>();
    for (ScenarioKey key : keysOf(scenario)) {
      paths.add(key.path());
    }
    return paths;
  }

  /**
   * The key at {@code path} in {@code scenario}.
   *
   * @throws UnknownScenarioKeyException listing the valid keys and the closest one
   */
  public static ScenarioKey key(Scenario scenario, String path) {
    List<ScenarioKey> keys = keysOf(scenario);
    for (ScenarioKey key : keys) {
      if (key.path().equals(path)) {
        return key;
      }
    }
    List<String> paths = new ArrayList<>();
    for (ScenarioKey key : keys) {
      paths.add(key.path());
    }
    throw new UnknownScenarioKeyException(path, paths);
  }

  /** The canonical value at {@code path} in {@code scenario}. */
  public static double get(Scenario scenario, String path) {
    return key(scenario, path).get(scenario);
  }

  /** A copy of {@code scenario} with {@code path} set to {@code value} (canonical units). */
  public static Scenario with(Scenario scenario, String path, double value) {
    return key(scenario, path).with(scenario, value);
  }

  private static <A, B, C> Row.Lens<A, C> compose(Row.Lens<A, B> outer, Row.Lens<B, C> inner) {
    return Row.Lens.of(
        a -> inner.get(outer.get(a)), (a, c) -> outer.with(a, inner.with(outer.get(a), c)));
  }

  /**
   * Walks the rows under one record {@code P} of a scenario, found through {@code lens}, and adds a
   * key for each row that varies and is present.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final class Collector<P> implements Row.Visitor<Void> {
    private final Scenario scenario;
    private final Row.Lens<Scenario, P> lens;
    private final String prefix;
    private final List<ScenarioKey> keys;

    Collector(
        Scenario scenario, Row.Lens<Scenario, P> lens, String prefix, List<ScenarioKey> keys) {
      this.scenario = scenario;
      this.lens = lens;
      this.prefix = prefix;
      this.keys = keys;
    }

    void rows(List<Row<?>> rows) {
      for (Row<?> row : rows) {
        row.accept(this);
      }
    }

    private <C> void under(Row.Lens<P, C> inner, String path, List<Row<?>> rows) {
      if (inner != null) {
        new Collector<>(scenario, compose(lens, inner), prefix + path + ".", keys).rows(rows);
      }
    }

    @Override
    public Void section(Row.Section<?, ?> row) {
      under((Row.Lens) row.lens(), row.key(), row.rows());
      return null;
    }

    @Override
    public Void quantity(Row.Quantity<?, ?> row) {
      Row.Quantity<P, Object> quantity = (Row.Quantity<P, Object>) row;
      if (!quantity.varies() || !quantity.presentIn(lens.get(scenario))) {
        return null;
      }
      ValueKind kind = quantity.kind();
      keys.add(
          new ScenarioKey(
              prefix + row.key(),
              kind,
              row.meaning(),
              Questions.of(row),
              quantity.domain(),
              quantity.highestIn(scenario),
              s -> kind.canonical(quantity.get(lens.get(s))),
              (s, v) -> {
                Object typed = quantity.typed(v);
                return quantity.linked(lens.with(s, quantity.with(lens.get(s), typed)), typed);
              }));
      return null;
    }

    @Override
    public Void text(Row.Text row) {
      return null;
    }

    @Override
    public Void words(Row.Words<?> row) {
      return null;
    }

    @Override
    public Void reference(Row.Reference<?, ?> row) {
      Row.Lens<P, Object> inner = (Row.Lens) row.inline().lens();
      if (!row.required() && inner.get(lens.get(scenario)) == null) {
        return null; // an optional reference the scenario does not give
      }
      under(inner, row.key(), row.inline().rows());
      return null;
    }

    @Override
    public Void link(Row.Link row) {
      row.circuits().accept(this);
      row.lineRate().accept(this);
      return null;
    }

    @Override
    public Void sizeOrWord(Row.SizeOrWord row) {
      return row.size().accept(this);
    }

    @Override
    public Void choice(Row.Choice<?> row) {
      rows(row.companions());
      return null;
    }

    @Override
    public Void namedMap(Row.NamedMap<?, ?> row) {
      Row.NamedMap<P, Object> map = (Row.NamedMap<P, Object>) row;
      for (String name : map.names(lens.get(scenario))) {
        under(map.lens(name), row.key() + "." + name, map.item().rows());
      }
      return null;
    }

    @Override
    public Void optionList(Row.OptionList row) {
      for (DrOption option : scenario.options()) {
        Row.Section<Scenario, ?> kind = row.kind(option.kind());
        new Collector<>(
                scenario,
                (Row.Lens) row.lens(option.name()),
                row.key() + "." + option.name() + ".",
                keys)
            .rows(kind.rows());
      }
      return null;
    }

    @Override
    public Void prices(Row.Prices row) {
      return row.section().accept(this);
    }

    @Override
    public Void overrides(Row.Overrides row) {
      return null;
    }

    @Override
    public Void levers(Row.Levers row) {
      return null;
    }

    @Override
    public Void provenance(Row.ProvenanceList row) {
      return null;
    }

    @Override
    public Void namedDistributions(Row.NamedDistributions row) {
      return null;
    }

    @Override
    public Void correlations(Row.Correlations row) {
      return null;
    }
  }
}
