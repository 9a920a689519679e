package io.github.sunoport.adapter.recordinfo.internal;

import static io.github.sunoport.adapter.support.Values.boxed;

import io.github.sunoport.adapter.recordinfo.internal.AudioWire.AddInstrumentalSubmit;
import io.github.sunoport.adapter.recordinfo.internal.AudioWire.AddVocalsSubmit;
import io.github.sunoport.adapter.recordinfo.internal.AudioWire.MashupSubmit;
import io.github.sunoport.adapter.recordinfo.internal.AudioWire.ReplaceSectionSubmit;
import io.github.sunoport.adapter.recordinfo.internal.AudioWire.SoundsSubmit;
import io.github.sunoport.adapter.recordinfo.internal.AudioWire.UploadCoverSubmit;
import io.github.sunoport.adapter.recordinfo.internal.AudioWire.UploadExtendSubmit;
import io.github.sunoport.adapter.recordinfo.internal.AudioWire.UploadedData;
import io.github.sunoport.adapter.support.Values;
import io.github.sunoport.core.model.AddInstrumentalRequest;
import io.github.sunoport.core.model.AddVocalsRequest;
import io.github.sunoport.core.model.MashupRequest;
import io.github.sunoport.core.model.PersonaModel;
import io.github.sunoport.core.model.ProviderTimestamp;
import io.github.sunoport.core.model.ReplaceSectionRequest;
import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.SoundsRequest;
import io.github.sunoport.core.model.Tuning;
import io.github.sunoport.core.model.UploadCoverRequest;
import io.github.sunoport.core.model.UploadExtendRequest;
import io.github.sunoport.core.model.UploadedFile;
import io.github.sunoport.core.model.VocalGender;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Maps music-from-audio requests to the family's wire records and upload answers to {@link UploadedFile}. Which
 * fields a provider takes has been checked before; {@code customMode} null means the provider's request has none.
 */
public final class AudioMapper {
  private AudioMapper() {}

  /** Maps an upload-cover request; {@code customMode} is null where the provider's request is always custom. */
  public static UploadCoverSubmit toWire(UploadCoverRequest r, String model, Boolean customMode, URI callbackUrl) {
    Tuning t = r.tuning();
    return new UploadCoverSubmit(r.uploadUrl().toString(), customMode, r.instrumental(), model,
        uri(callbackUrl), r.prompt().orElse(null), r.lyrics().orElse(null), r.style().orElse(null),
        r.title().orElse(null), t.negativeTags().orElse(null), gender(t), boxed(t.styleWeight()),
        boxed(t.weirdnessConstraint()), boxed(t.audioWeight()), t.personaId().orElse(null), persona(t),
        boxed(t.variety()), r.duration().map(d -> (int) d.getSeconds()).orElse(null));
  }

  /** Maps an upload-extend request; {@code defaultParamFlag} is true when the caller sets the parameters. */
  public static UploadExtendSubmit toWire(UploadExtendRequest r, String model, URI callbackUrl) {
    Tuning t = r.tuning();
    return new UploadExtendSubmit(r.uploadUrl().toString(), !r.keepSourceParameters(),
        r.continueAt().map(AudioMapper::seconds).orElse(null), model, uri(callbackUrl),
        r.keepSourceParameters() ? null : r.instrumental(), r.prompt().orElse(null), r.style().orElse(null),
        r.title().orElse(null), t.negativeTags().orElse(null), gender(t), boxed(t.styleWeight()),
        boxed(t.weirdnessConstraint()), boxed(t.audioWeight()), t.personaId().orElse(null), persona(t));
  }

  /** Maps an add-vocals request; {@code model} is null for the provider's default. */
  public static AddVocalsSubmit toWire(AddVocalsRequest r, String model, URI callbackUrl) {
    Tuning t = r.tuning();
    return new AddVocalsSubmit(r.uploadUrl().toString(), uri(callbackUrl), r.title(), r.style(),
        t.negativeTags().orElse(null), r.prompt().orElse(null), r.lyrics().orElse(null), model, gender(t),
        boxed(t.styleWeight()), boxed(t.weirdnessConstraint()), boxed(t.audioWeight()), boxed(t.variety()));
  }

  /** Maps an add-instrumental request; the style goes out as {@code tags}. */
  public static AddInstrumentalSubmit toWire(AddInstrumentalRequest r, String model, URI callbackUrl) {
    Tuning t = r.tuning();
    return new AddInstrumentalSubmit(r.uploadUrl().toString(), uri(callbackUrl), r.title(), r.style(),
        t.negativeTags().orElse(null), r.lyrics().orElse(null), model, gender(t), boxed(t.styleWeight()),
        boxed(t.weirdnessConstraint()), boxed(t.audioWeight()), boxed(t.variety()));
  }

  /** Maps a replace-section request in either form; the window goes out in seconds with two decimals at most. */
  public static ReplaceSectionSubmit toWire(ReplaceSectionRequest r, String model, URI callbackUrl) {
    Tuning t = r.tuning();
    return new ReplaceSectionSubmit(r.task().map(id -> id.value()).orElse(null),
        r.track().map(id -> id.value()).orElse(null), r.uploadUrl().map(URI::toString).orElse(null), model,
        r.prompt(), r.lyrics().orElse(null), r.style(), r.title(), t.negativeTags().orElse(null),
        seconds(r.start()), seconds(r.end()), r.fullLyrics(), uri(callbackUrl),
        gender(t), boxed(t.styleWeight()), boxed(t.weirdnessConstraint()), boxed(t.audioWeight()), boxed(t.variety()),
        t.personaId().orElse(null), persona(t));
  }

  /** Maps a mashup request; {@code customMode} is null where the provider's request is always custom. */
  public static MashupSubmit toWire(MashupRequest r, String model, Boolean customMode, URI callbackUrl) {
    Tuning t = r.tuning();
    return new MashupSubmit(r.uploadUrls().stream().map(URI::toString).toList(), customMode, model,
        uri(callbackUrl), r.prompt().orElse(null), r.lyrics().orElse(null), r.style().orElse(null),
        r.title().orElse(null), r.instrumental() ? Boolean.TRUE : null, gender(t), boxed(t.styleWeight()),
        boxed(t.weirdnessConstraint()), boxed(t.audioWeight()), boxed(t.variety()), t.personaId().orElse(null),
        persona(t), r.duration().map(d -> (int) d.getSeconds()).orElse(null));
  }

  /** Maps a sounds request; its callback URL is optional. */
  public static SoundsSubmit toWire(SoundsRequest r, String model, URI callbackUrl) {
    return new SoundsSubmit(r.prompt(), model, r.loop(), boxed(r.tempo()), r.key().map(k -> k.symbol()).orElse(null),
        r.grabLyrics(), uri(callbackUrl));
  }

  /**
   * Maps an upload answer. The expiry is the answer's {@code expiresAt}, else {@code retention} after its upload
   * time, else after {@code receivedAt}.
   *
   * @throws IllegalArgumentException if the download URL is missing or not an http(s) URL
   */
  public static UploadedFile uploadedFileFrom(UploadedData data, Instant receivedAt, Duration retention) {
    String url = data.downloadUrl() == null || data.downloadUrl().isBlank() ? data.fileUrl() : data.downloadUrl();
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("the upload answer names no downloadUrl");
    }
    Optional<Instant> uploadedAt = instant(data.uploadTime()).or(() -> instant(data.uploadedAt()));
    ResultLink kept = ResultLink.keptFor(URI.create(url.strip()), retention, uploadedAt.orElse(receivedAt));
    ResultLink link = instant(data.expiresAt()).map(at -> kept.withExpiresAt(ProviderTimestamp.of(at))).orElse(kept);
    OptionalLong size = Values.integer(data.fileSize()).map(v -> OptionalLong.of(v.longValue()))
        .orElse(OptionalLong.empty());
    return new UploadedFile(link, text(data.fileName()), text(data.filePath()).or(() -> text(data.uploadPath())),
        size, text(data.mimeType()), uploadedAt);
  }

  private static Optional<Instant> instant(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
    } catch (DateTimeParseException e) {
      // An unreadable time is no reason to lose the upload; the documented retention stands in.
      return Optional.empty();
    }
  }

  private static Optional<String> text(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /** The URL's text, or null (a Market task's callback URL is optional; the legacy callers checked theirs). */
  public static String uri(URI value) {
    return value == null ? null : value.toString();
  }

  /** Seconds as a plain decimal (60, 10.5), never in exponent form. */
  static BigDecimal seconds(Duration duration) {
    BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9))
        .stripTrailingZeros();
    return seconds.scale() < 0 ? seconds.setScale(0) : seconds;
  }

  private static String gender(Tuning t) {
    return t.vocalGender().map(g -> g == VocalGender.MALE ? "m" : "f").orElse(null);
  }

  /** The wire name of the tuning's persona model, or null. */
  public static String personaModel(Tuning t) {
    return persona(t);
  }

  private static String persona(Tuning t) {
    return t.personaModel().map(m -> m == PersonaModel.VOICE ? "voice_persona" : "style_persona").orElse(null);
  }
}
