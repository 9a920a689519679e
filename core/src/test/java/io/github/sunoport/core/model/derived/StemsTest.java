package io.github.sunoport.core.model.derived;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.TrackId;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class StemsTest {
  private static ResultLink link(String name) {
    return ResultLink.of(URI.create("https://file.example.com/s/" + name + ".mp3"));
  }

  @Test
  void an_instrumental_stem_tells_a_two_stem_split() {
    Stems stems = Stems.of(Map.of(StemRole.VOCALS, link("v"), StemRole.INSTRUMENTAL, link("i")), List.of());

    assertThat(stems.type()).isEqualTo(SeparationType.TWO_STEMS);
    assertThat(stems.link(StemRole.INSTRUMENTAL)).contains(link("i"));
    assertThat(stems.link(StemRole.DRUMS)).isEmpty();
  }

  @Test
  void roles_a_two_stem_split_lacks_tell_a_twelve_stem_split() {
    Stems stems = Stems.of(Map.of(StemRole.VOCALS, link("v"), StemRole.DRUMS, link("d"), StemRole.BASS, link("b")),
        List.of());

    assertThat(stems.type()).isEqualTo(SeparationType.TWELVE_STEMS);
  }

  @Test
  void vocals_alone_tell_nothing() {
    assertThat(Stems.of(Map.of(StemRole.VOCALS, link("v")), List.of()).type()).isEqualTo(SeparationType.UNKNOWN);
  }

  @Test
  void links_come_in_role_order_whatever_the_map_given() {
    Stems stems = Stems.of(Map.of(StemRole.WOODWINDS, link("w"), StemRole.VOCALS, link("v"), StemRole.BASS,
        link("b")), List.of());

    assertThat(stems.links().keySet()).containsExactly(StemRole.VOCALS, StemRole.BASS, StemRole.WOODWINDS);
    assertThatThrownBy(() -> stems.links().put(StemRole.FX, link("f")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void parts_alone_are_enough_but_nothing_at_all_is_refused() {
    StemPart part = new StemPart(TrackId.of("kie", "3d7021c9"), "Vocals", StemRole.VOCALS, link("v"),
        OptionalDouble.of(245.6));

    assertThat(Stems.of(Map.of(), List.of(part)).parts()).containsExactly(part);
    assertThatIllegalArgumentException().isThrownBy(() -> Stems.of(Map.of(), List.of()))
        .withMessage("stems need at least one stem link or part");
  }

  @Test
  void a_part_with_a_negative_or_infinite_duration_is_refused() {
    for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatIllegalArgumentException().isThrownBy(() -> new StemPart(TrackId.of("kie", "x"), "Vocals",
          StemRole.VOCALS, link("v"), OptionalDouble.of(bad))).withMessageContaining("durationSeconds");
    }
  }

  @Test
  void stem_names_as_providers_write_them_map_to_roles() {
    assertThat(StemRole.named("Vocals")).isEqualTo(StemRole.VOCALS);
    assertThat(StemRole.named("vocal")).isEqualTo(StemRole.VOCALS);
    assertThat(StemRole.named("Backing Vocals")).isEqualTo(StemRole.BACKING_VOCALS);
    assertThat(StemRole.named("backing_vocals")).isEqualTo(StemRole.BACKING_VOCALS);
    assertThat(StemRole.named("FX")).isEqualTo(StemRole.FX);
    assertThat(StemRole.named("Woodwinds")).isEqualTo(StemRole.WOODWINDS);
    assertThat(StemRole.named("Didgeridoo")).isEqualTo(StemRole.OTHER);
    assertThat(StemRole.named("other")).as("OTHER is no provider's name").isEqualTo(StemRole.OTHER);
    assertThat(StemRole.named("")).isEqualTo(StemRole.OTHER);
    assertThat(StemRole.named(null)).isEqualTo(StemRole.OTHER);
  }
}
