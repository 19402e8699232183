package dev.drplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proposal opened in Debian's headless Chromium: every chart survives the browser's parser (the
 * rendered DOM holds every SVG shape of the file), the page logs nothing to the console, it fits a
 * 1,280 px window and an A4 page without a horizontal scroll, and a screenshot of the page is drawn
 * and kept as a build artifact in {@code cli/target/chromium/proposal.png}. Chromium is installed
 * by {@code scripts/install-chromium.sh} at pre-integration-test; without it this test fails, it
 * never skips.
 */
class ProposalChromiumIT {

  private static final String CHROMIUM =
      System.getProperty("drplan.it.chromium", "/usr/bin/chromium");

  private static final long TIMEOUT_SECONDS = 90;

  private static final Path ARTIFACTS = Path.of("target", "chromium");

  @TempDir static Path dir;

  private static String html;
  private static Path page;

  @BeforeAll
  static void writePage() throws IOException {
    assertThat(Path.of(CHROMIUM))
        .as(
            "Chromium at %s (scripts/install-chromium.sh installs it at pre-integration-test)",
            CHROMIUM)
        .isExecutable();
    html = HtmlReport.render(ProposalFixtures.uncertainProposal());
    page = Files.writeString(dir.resolve("proposal.html"), html, StandardCharsets.UTF_8);
    Files.createDirectories(ARTIFACTS);
    Files.copy(page, ARTIFACTS.resolve("proposal.html"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** What one headless run printed. */
  private record Run(int exit, String stdout, String stderr) {

    /** The page's console messages: Chromium logs them as {@code ...:CONSOLE:<line>] "..."}. */
    List<String> console() {
      List<String> lines = new ArrayList<>();
      for (String line : stderr.split("\n")) {
        if (line.contains(":CONSOLE") || line.contains("Uncaught")) {
          lines.add(line);
        }
      }
      return lines;
    }
  }

  private static Run chromium(Path file, String... extra) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> command =
        new ArrayList<>(
            List.of(
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--enable-logging=stderr",
                "--v=0"));
    command.addAll(List.of(extra));
    command.add(file.toUri().toString());
    Path stdout = dir.resolve(profile.getFileName() + ".out");
    Path stderr = dir.resolve(profile.getFileName() + ".err");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError(
          "Chromium did not finish within "
              + TIMEOUT_SECONDS
              + " s: "
              + String.join(" ", command)
              + "\n"
              + Files.readString(stderr));
    }
    return new Run(
        process.exitValue(),
        Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  private static long count(String text, String regex) {
    return Pattern.compile(regex).matcher(text).results().count();
  }

  @Test
  void everyChartSurvivesTheBrowserAndTheConsoleStaysQuiet() throws Exception {
    Run run = chromium(page, "--dump-dom");
    assertThat(run.exit()).as("chromium exit code; stderr:\n%s", run.stderr()).isZero();
    assertThat(run.console()).as("console messages of the page").isEmpty();
    String dom = run.stdout();
    assertThat(count(html, "<svg ")).isEqualTo(7);
    assertThat(count(dom, "<svg ")).isEqualTo(count(html, "<svg "));
    assertThat(count(dom, "<figure ")).isEqualTo(7);
    for (String shape : List.of("<path ", "<rect ", "<circle ", "<line ", "<text ")) {
      assertThat(count(dom, shape)).as(shape).isEqualTo(count(html, shape));
    }
    assertThat(count(dom, "\\bd=\"M[-0-9. ML]+\""))
        .as("path data")
        .isEqualTo(count(html, "\\bd=\"M[-0-9. ML]+\""))
        .isGreaterThan(10);
    assertThat(dom).doesNotContain("NaN").doesNotContain("Infinity");
  }

  @Test
  void theConsoleCheckSeesAnError() throws Exception {
    Path bad =
        Files.writeString(
            dir.resolve("bad.html"),
            "<!DOCTYPE html><p>x</p><script>throw new Error('kaput')</script>");
    Run run = chromium(bad, "--dump-dom");
    assertThat(run.console()).anyMatch(line -> line.contains("Uncaught Error: kaput"));
  }

  /**
   * A test copy of the page with a script that measures it once laid out: the document's scroll
   * width and client width, and every element whose right edge lies past the window. The product's
   * page has no script; only this copy does.
   */
  private static Path measuring(String name, String html) throws IOException {
    String probe =
        "<script>\n"
            + "const d = document.documentElement;\n"
            + "const wide = [...document.querySelectorAll('main *')]\n"
            + "  .filter(e => e.getBoundingClientRect().right > d.clientWidth + 0.5)\n"
            + "  .map(e => e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined"
            + " ? '.' + e.className : '') + ' right=' + Math.round(e.getBoundingClientRect().right));\n"
            + "const out = document.createElement('pre');\n"
            + "out.id = 'measured';\n"
            + "out.textContent = 'scrollWidth=' + d.scrollWidth + ' clientWidth=' + d.clientWidth"
            + " + ' wide=' + JSON.stringify(wide.slice(0, 20));\n"
            + "document.body.appendChild(out);\n"
            + "</script>\n";
    return Files.writeString(
        dir.resolve(name), html.replace("</body>", probe + "</body>"), StandardCharsets.UTF_8);
  }

  /** What {@link #measuring}'s script wrote, at a window {@code width} px wide. */
  private static String measure(Path file, int width) throws Exception {
    Run run = chromium(file, "--window-size=" + width + ",900", "--dump-dom");
    assertThat(run.exit()).as("chromium exit code; stderr:\n%s", run.stderr()).isZero();
    assertThat(run.console()).as("console messages of the measured page").isEmpty();
    Matcher measured = Pattern.compile("<pre id=\"measured\">([^<]*)</pre>").matcher(run.stdout());
    assertThat(measured.find()).as("the measurement in the DOM:\n%s", run.stdout()).isTrue();
    return measured.group(1).replace("&quot;", "\"").replace("&gt;", ">").replace("&amp;", "&");
  }

  private static void assertFits(String measured, int width) {
    Matcher widths =
        Pattern.compile("scrollWidth=(\\d+) clientWidth=(\\d+) wide=(.*)").matcher(measured);
    assertThat(widths.matches()).as(measured).isTrue();
    assertThat(Integer.parseInt(widths.group(2))).as("client width").isEqualTo(width);
    assertThat(Integer.parseInt(widths.group(1)))
        .as("scroll width at %d px: %s", width, measured)
        .isLessThanOrEqualTo(Integer.parseInt(widths.group(2)));
    assertThat(widths.group(3)).as("elements past the right edge at %d px", width).isEqualTo("[]");
  }

  /** A 1,280 px window shows the whole proposal without a horizontal scroll bar. */
  @Test
  void theProposalFitsA1280PixelWindow() throws Exception {
    assertFits(measure(measuring("fit-1280.html", html), 1280), 1280);
  }

  /**
   * Printed on A4 (210 mm less the page's 12 mm margins each side: 186 mm, 703 px at 96 px per
   * inch; Letter is wider), the proposal's print style lays every table and chart within the page.
   * The test copy applies the print rules on screen at that width.
   */
  @Test
  void thePrintedProposalFitsAnA4Page() throws Exception {
    assertThat(html).contains("@media print{").contains("@page{margin:14mm 12mm}");
    String printed = html.replace("@media print{", "@media all{");
    assertFits(measure(measuring("fit-a4.html", printed), 703), 703);
  }

  @Test
  void theFitCheckSeesAWideTable() throws Exception {
    Path wide =
        measuring(
            "wide.html",
            "<!DOCTYPE html><html><body><main><table style=\"width:2000px\"><tr><td>x</td></tr>"
                + "</table></main></body></html>");
    String measured = measure(wide, 1280);
    assertThat(measured).contains("scrollWidth=2").contains("clientWidth=1280").contains("table");
    assertThatThrownBy(() -> assertFits(measured, 1280)).isInstanceOf(AssertionError.class);
  }

  @Test
  void theScreenshotShowsTheCharts() throws Exception {
    Path png = ARTIFACTS.resolve("proposal.png");
    Files.deleteIfExists(png);
    Run run = chromium(page, "--window-size=1280,9600", "--screenshot=" + png.toAbsolutePath());
    assertThat(run.exit()).as("chromium exit code; stderr:\n%s", run.stderr()).isZero();
    assertThat(run.console()).isEmpty();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("a PNG at %s", png).isNotNull();
    assertThat(image.getWidth()).isEqualTo(1280);
    long painted = 0;
    long blue = 0;
    long orange = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        painted += rgb != 0xFFFFFF ? 1 : 0;
        blue += rgb == 0x0072B2 ? 1 : 0;
        orange += rgb == 0xD55E00 ? 1 : 0;
      }
    }
    long pixels = (long) image.getWidth() * image.getHeight();
    assertThat(painted).as("painted pixels of %s", png).isGreaterThan(pixels / 50);
    // The histogram bars and the tornado's P10 ends are solid blue; the P90 ends orange.
    assertThat(blue).as("pixels of the first series colour").isGreaterThan(5_000);
    assertThat(orange).as("pixels of the second series colour").isGreaterThan(2_000);
    assertThat(new File(png.toString())).exists();
  }
}
