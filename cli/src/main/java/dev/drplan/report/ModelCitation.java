package dev.drplan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a report cites the sections of drplan's model, docs/model.md, so that a statement can be
 * traced to its formula. Two ways: by section sign ({@code §5, the backlog}), for the outputs read
 * beside the repository's docs (the markdown); by the document's name and the section's title
 * ({@code docs/model.md, Recovery point (RPO), The backlog}), for the proposal a customer receives
 * on its own (HTML, XLSX), where "§5" would point nowhere.
 */
enum ModelCitation {
  /** "§2, §7"; "§5, the backlog". */
  SECTION_SIGNS {
    @Override
    String of(String subsection, int... sections) {
      List<String> signs = new ArrayList<>();
      for (int section : sections) {
        signs.add("§" + section);
      }
      String cited = String.join(", ", signs);
      return subsection == null ? cited : cited + ", " + subsection.toLowerCase(Locale.ROOT);
    }
  },

  /** "docs/model.md, Primary configurations, Cloud footprint and cost". */
  TITLES {
    @Override
    String of(String subsection, int... sections) {
      List<String> titles = new ArrayList<>();
      for (int section : sections) {
        titles.add(title(section));
      }
      return DOCUMENT
          + ", "
          + String.join(", ", titles)
          + (subsection == null ? "" : ", " + subsection);
    }
  };

  /** The model's document, as the repository names it. */
  static final String DOCUMENT = "docs/model.md";

  /** The titles of the model's numbered sections, as docs/model.md heads them. */
  private static final List<String> TITLES_BY_NUMBER =
      List.of(
          "Data over time",
          "Primary configurations",
          "Replication rate",
          "Seeding",
          "Recovery point (RPO)",
          "Recovery time (RTO)",
          "Cloud footprint and cost",
          "Verdict");

  /** The title of numbered section {@code section} (1 to 8) of docs/model.md. */
  static String title(int section) {
    if (section < 1 || section > TITLES_BY_NUMBER.size()) {
      throw new IllegalArgumentException("docs/model.md has no section " + section);
    }
    return TITLES_BY_NUMBER.get(section - 1);
  }

  /** The numbered sections' titles in order, for the test that checks them against the doc. */
  static List<String> titles() {
    return TITLES_BY_NUMBER;
  }

  /**
   * The citation of {@code sections}, and of a {@code subsection} of the last one by its title
   * ("The backlog"), or {@code null} for none.
   */
  abstract String of(String subsection, int... sections);

  /** The citation of {@code sections}. */
  String of(int... sections) {
    return of(null, sections);
  }
}
