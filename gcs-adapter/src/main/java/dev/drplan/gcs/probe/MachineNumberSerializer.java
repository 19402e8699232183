package dev.drplan.gcs.probe;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.drplan.units.MachineNumber;
import java.io.IOException;

/**
 * A probe report's floating-point numbers as every drplan command writes machine numbers ({@link
 * MachineNumber}): rounded to 12 significant digits, half to even, written as the shortest plain
 * decimal without exponent ({@code 1.7961654745687776E9} is written {@code 1796165474.57}). The
 * digits dropped are below what a probe measures. A value that is not finite is left to Jackson.
 */
final class MachineNumberSerializer extends StdSerializer<Double> {

  MachineNumberSerializer() {
    super(Double.class);
  }

  /** The value's text: {@code "8184282.50932"}, {@code "8388608"}, {@code "0"}. */
  static String text(double value) {
    return MachineNumber.of(value).toPlainString();
  }

  @Override
  public void serialize(Double value, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    if (Double.isFinite(value)) {
      out.writeNumber(text(value));
    } else {
      out.writeNumber(value);
    }
  }
}
