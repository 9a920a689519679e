package io.github.sunoport.adapter.sunoapicom.internal;

import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.Clip;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.MusicData;
import io.github.sunoport.adapter.support.Answers;
import io.github.sunoport.adapter.support.Values;
import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.core.model.derived.SeparationType;
import io.github.sunoport.core.model.derived.StemPart;
import io.github.sunoport.core.model.derived.StemRole;
import io.github.sunoport.core.model.derived.Stems;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps sunoapi.com's stem separations (https://docs.sunoapi.com/stems-basic, https://docs.sunoapi.com/stems-full).
 * The pages document the request ({@code clip_id}) and that basic gives two stems and full twelve, but no result.
 * What is read here is INFERRED: the task is polled like music ({@code GET task/{id}}) and answers one clip per stem,
 * each named by Suno's {@code stem_type_group_name} (else {@code metadata.stem_type_group_name}, else a title ending in
 * {@code (Vocals)}). A finished separation whose clips name no stem, or lack their audio, is an unknown shape and
 * becomes a {@link io.github.sunoport.core.error.ProtocolException} through the answer seam, never a guess.
 */
public final class SunoApiComStemsMapper {
  /** {@code Song (Backing Vocals)}: the stem's name in parentheses at the end of its title. */
  private static final Pattern TITLE_STEM = Pattern.compile("\\(([^()]+)\\)\\s*$");

  private SunoApiComStemsMapper() {}

  /** The path segment of a separation ({@code basic}, {@code full}), or empty where sunoapi.com has none. */
  public static Optional<String> split(SeparationType type) {
    return switch (type) {
      case TWO_STEMS -> Optional.of("basic");
      case TWELVE_STEMS -> Optional.of("full");
      default -> Optional.empty();
    };
  }

  /** True if {@code clips} are stems: at least one names its stem or the clip it was split from. */
  public static boolean areStems(List<Clip> clips) {
    return clips != null && clips.stream().anyMatch(c -> c != null
        && (Answers.text(c.stemTypeGroupName()).isPresent() || Answers.text(c.stemFromId()).isPresent()));
  }

  /**
   * Maps a separation's task answer. Its clips' states make the task's state as for music; a finished one carries
   * its stems by role.
   *
   * @throws IllegalArgumentException if the answer is not a list of stem clips, or a finished one is unreadable
   */
  public static DerivedTask<Stems> stemsTaskFrom(TaskId id, MusicData data, String message, SunoApiComMapper mapper) {
    if (data.legacy() != null) {
      throw new IllegalArgumentException("a separation answers a list of stem clips, not a legacy task object");
    }
    MusicTask read = mapper.musicTaskFrom(id, data, message);
    // A separation has no first-track stage: stems done while others run is still running.
    TaskState state = read.state() == TaskState.FIRST_TRACK_READY ? TaskState.RUNNING : read.state();
    Optional<Stems> stems = state == TaskState.SUCCEEDED ? Optional.of(stemsOf(id, data.clips())) : Optional.empty();
    return new DerivedTask<>(id, DerivedKind.STEMS, state, read.rawStatus(), stems, read.failure(), read.times());
  }

  private static Stems stemsOf(TaskId id, List<Clip> clips) {
    Map<StemRole, ResultLink> links = new EnumMap<>(StemRole.class);
    List<StemPart> parts = new ArrayList<>();
    for (Clip clip : clips) {
      if (clip == null || "failed".equalsIgnoreCase(String.valueOf(clip.state()))) {
        continue;
      }
      String clipId = Answers.required(Answers.text(clip.clipId()).orElse(null), "data[].clip_id");
      String name = stemName(clip).orElseThrow(() -> new IllegalArgumentException("stem clip " + clipId
          + " names no stem (stem_type_group_name): not a separation shape this client knows"));
      String url = Answers.required(Answers.text(clip.audioUrl()).orElse(null), "data[].audio_url of a finished stem");
      // sunoapi.com documents no lifetime for any file.
      ResultLink link = ResultLink.of(URI.create(url.strip()));
      StemRole role = StemRole.named(name);
      OptionalDouble seconds = Values.seconds(clip.duration())
          .map(d -> OptionalDouble.of(d.toMillis() / 1000.0)).orElse(OptionalDouble.empty());
      parts.add(new StemPart(new TrackId(id.provider(), clipId), name, role, link, seconds));
      if (role != StemRole.OTHER) {
        links.putIfAbsent(role, link);
      }
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a finished separation with no stem clip");
    }
    return Stems.of(links, parts);
  }

  private static Optional<String> stemName(Clip clip) {
    Object inMetadata = clip.metadata() instanceof Map<?, ?> m ? m.get("stem_type_group_name") : null;
    return Answers.text(clip.stemTypeGroupName())
        .or(() -> Values.text(inMetadata).filter(t -> !t.isBlank()))
        .or(() -> Optional.ofNullable(clip.title()).map(TITLE_STEM::matcher).filter(Matcher::find)
            .map(m -> m.group(1).strip()));
  }
}
