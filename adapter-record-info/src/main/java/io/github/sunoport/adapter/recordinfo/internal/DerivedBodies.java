package io.github.sunoport.adapter.recordinfo.internal;

import static io.github.sunoport.adapter.support.Values.boxed;

import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.CoverSubmit;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.MidiSubmit;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.PersonaSubmit;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.StemsSubmit;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.VideoSubmit;
import io.github.sunoport.adapter.recordinfo.internal.DerivedWire.WavSubmit;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.derived.CoverImageRequest;
import io.github.sunoport.core.model.derived.MidiRequest;
import io.github.sunoport.core.model.derived.PersonaRequest;
import io.github.sunoport.core.model.derived.SeparationType;
import io.github.sunoport.core.model.derived.StemsRequest;
import io.github.sunoport.core.model.derived.VideoRequest;
import io.github.sunoport.core.model.derived.WavRequest;
import java.net.URI;
import java.util.Map;

/**
 * The derived operations' requests as kie.ai's and sunoapi.org's bodies (the Market route sends the same bodies,
 * renamed by {@link MarketInputs}). Requests have been checked by the time they get here.
 */
public final class DerivedBodies {
  private static final Map<SeparationType, String> SEPARATION_WORDS = Map.of(
      SeparationType.TWO_STEMS, "separate_vocal",
      SeparationType.TWELVE_STEMS, "split_stem",
      SeparationType.ONE_INSTRUMENT, "split_stem_advanced");

  private DerivedBodies() {}

  /** The WAV body; the callback URL has been resolved by the caller. */
  public static WavSubmit toWire(WavRequest r, URI callbackUrl) {
    return new WavSubmit(r.source().task().value(), r.source().track().value(), AudioMapper.uri(callbackUrl));
  }

  /** The separation body, with the provider's word for the type. */
  public static StemsSubmit toWire(StemsRequest r, URI callbackUrl) {
    return new StemsSubmit(r.source().task().value(), r.source().track().value(), SEPARATION_WORDS.get(r.type()),
        r.stemName().orElse(null), AudioMapper.uri(callbackUrl));
  }

  /** The MIDI body: the separation task, and one stem or none for all. */
  public static MidiSubmit toWire(MidiRequest r, URI callbackUrl) {
    return new MidiSubmit(r.separation().value(), r.stem().map(TrackId::value).orElse(null),
        AudioMapper.uri(callbackUrl));
  }

  /** The video body. */
  public static VideoSubmit toWire(VideoRequest r, URI callbackUrl) {
    return new VideoSubmit(r.source().task().value(), r.source().track().value(), AudioMapper.uri(callbackUrl),
        r.author().orElse(null), r.domainName().orElse(null));
  }

  /** The cover-image body. */
  public static CoverSubmit toWire(CoverImageRequest r, URI callbackUrl) {
    return new CoverSubmit(r.musicTask().value(), AudioMapper.uri(callbackUrl));
  }

  /** The persona body; the window is sent as the request gives it, the provider's defaults otherwise. */
  public static PersonaSubmit toWire(PersonaRequest r) {
    return new PersonaSubmit(r.source().task().value(), r.source().track().value(), r.name(), r.description(),
        boxed(r.vocalStartSeconds()), boxed(r.vocalEndSeconds()), r.style().orElse(null));
  }
}
