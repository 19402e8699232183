package dev.drplan.report;

import dev.drplan.model.OptionResult;
import dev.drplan.model.Reason;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The reasons and notes of every result, numbered once each in order of first appearance, so that a
 * table cell can say {@code "1, 3"} and the text stands once under the table. Identical texts (the
 * same option missing the same objective under two configurations) share a number.
 */
final class ReasonNotes {

  /** One numbered text: a reason makes its pairs infeasible, a note does not. */
  record Entry(int number, boolean blocking, String text) {
    String label() {
      return blocking ? "not feasible" : "note";
    }
  }

  private final Map<String, Entry> entries = new LinkedHashMap<>();
  // By identity: the tables ask with the results they were made from, and a result's own hashCode
  // walks every figure of the pair (a record bootstrap per nested record type at start-up).
  private final Map<OptionResult, List<Integer>> numbers = new IdentityHashMap<>();

  private final Function<Reason, String> words;

  /** Numbers the reasons and notes of {@code results}, each worded by {@code words}. */
  ReasonNotes(List<OptionResult> results, Function<Reason, String> words) {
    this.words = words;
    for (OptionResult result : results) {
      List<Integer> mine = new ArrayList<>();
      for (Reason reason : result.reasons()) {
        mine.add(number(reason, true));
      }
      for (Reason note : ReasonText.notesToSay(result)) {
        mine.add(number(note, false));
      }
      numbers.put(result, mine);
    }
  }

  private int number(Reason reason, boolean blocking) {
    String text = words.apply(reason);
    String key = (blocking ? "R:" : "N:") + text;
    Entry entry = entries.get(key);
    if (entry == null) {
      entry = new Entry(entries.size() + 1, blocking, text);
      entries.put(key, entry);
    }
    return entry.number();
  }

  /** The numbers of one result's reasons and notes: {@code "1, 3"}, or empty. */
  String references(OptionResult result) {
    StringBuilder out = new StringBuilder();
    for (int number : numbers.get(result)) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(number);
    }
    return out.toString();
  }

  List<Entry> entries() {
    return List.copyOf(entries.values());
  }
}
