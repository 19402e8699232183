package dev.drplan.cli;

import com.google.cloud.storage.StorageOptions;
import dev.drplan.gcs.probe.ProbeReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;

/** One in-process run of {@code drplan probe} against an emulator URL, with test client options. */
record ProbeRun(int exitCode, String out, String err, double seconds) {

  static ProbeRun run(String url, String... args) {
    return run(FakeGcs::options, url, args);
  }

  static ProbeRun run(Function<String, StorageOptions> options, String url, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--endpoint");
    all.add(url);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line =
        new CommandLine(new ProbeCommand(endpoint -> options.apply(endpoint.url()), Map.of()));
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    long start = System.nanoTime();
    int code = line.execute(all.toArray(new String[0]));
    return new ProbeRun(code, out.toString(), err.toString(), (System.nanoTime() - start) / 1e9);
  }

  /** The report printed on stdout by {@code --format json}. */
  ProbeReport report() throws IOException {
    return ProbeReport.parse(out);
  }
}
