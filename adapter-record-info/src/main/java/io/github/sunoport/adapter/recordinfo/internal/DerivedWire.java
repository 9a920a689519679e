package io.github.sunoport.adapter.recordinfo.internal;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * The wire records of the derived operations (WAV, stems, MIDI, video, cover image, persona, style boost) as kie.ai's
 * and sunoapi.org's pages document them. Record-info answers are camelCase, callbacks snake_case, with exceptions
 * noted per field; values sent with varying types (status numbers or words, times as text or milliseconds, note
 * times as numbers or strings) are {@code Object} and read by {@link DerivedMapper}.
 */
public final class DerivedWire {
  private DerivedWire() {}

  /** Body of {@code POST api/v1/wav/generate}. */
  public record WavSubmit(String taskId, String audioId, String callBackUrl) {}

  /**
   * Body of {@code POST api/v1/vocal-removal/generate}: {@code type} {@code separate_vocal}, {@code split_stem}, or
   * {@code split_stem_advanced} with a {@code stemName}; Moshi leaves out a null stem name.
   */
  public record StemsSubmit(String taskId, String audioId, String type, String stemName, String callBackUrl) {}

  /** Body of {@code POST api/v1/midi/generate}; {@code audioId} names one stem, or is left out for all. */
  public record MidiSubmit(String taskId, String audioId, String callBackUrl) {}

  /** Body of {@code POST api/v1/mp4/generate}. */
  public record VideoSubmit(String taskId, String audioId, String callBackUrl, String author, String domainName) {}

  /** Body of {@code POST api/v1/suno/cover/generate}. */
  public record CoverSubmit(String taskId, String callBackUrl) {}

  /** Body of {@code POST api/v1/generate/generate-persona}; sent without kie.ai's schema's leading spaces. */
  public record PersonaSubmit(String taskId, String audioId, String name, String description, Double vocalStart,
      Double vocalEnd, String style) {}

  /** Body of {@code POST api/v1/style/generate}. */
  public record StyleSubmit(String content) {}

  /** {@code data} of the persona answer. */
  public record PersonaAnswer(String personaId, String name, String description) {}

  /** {@code data} of the style-boost answer; {@code successFlag} is {@code "0"}, {@code "1"} or {@code "2"}. */
  public record StyleAnswer(String taskId, String result, Object creditsConsumed, Object creditsRemaining,
      Object successFlag, Object errorCode, String errorMessage) {}

  /**
   * {@code data} of every derived record-info answer; each kind fills its own fields. {@code successFlag} is a word
   * or a number by kind; kie.ai's Chinese WAV page calls it {@code status}.
   */
  public record DerivedRecord(String taskId, String musicId, String audioId, String parentTaskId, Object completeTime,
      Object createTime, DerivedResponse response, MidiData midiData, Object successFlag, Object status,
      Object errorCode, String errorMessage) {}

  /** {@code data.response} of a derived record: the WAV, video or image links, or the stems. */
  public record DerivedResponse(String audioWavUrl, String videoUrl, List<String> images, List<OriginStem> originData,
      String vocalUrl, String instrumentalUrl, String backingVocalsUrl, String drumsUrl, String bassUrl,
      String guitarUrl, String pianoUrl, String keyboardUrl, String percussionUrl, String stringsUrl, String synthUrl,
      String fxUrl, String brassUrl, String woodwindsUrl) {

    /** A response holding only links: a WAV file, a video or images; the other fields are null. */
    static DerivedResponse ofLinks(String audioWavUrl, String videoUrl, List<String> images) {
      return new DerivedResponse(audioWavUrl, videoUrl, images, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null, null);
    }
  }

  /** One entry of a separation's {@code originData}: its {@code id} is what MIDI transcription names. */
  public record OriginStem(String id, @Json(name = "audio_url") String audioUrl,
      @Json(name = "stem_type_group_name") String stemTypeGroupName, Object duration) {}

  /** MIDI data: in record-info under {@code midiData}, in callbacks as {@code data} itself. */
  public record MidiData(String state, List<MidiInstrumentWire> instruments) {}

  /** One instrument's notes. */
  public record MidiInstrumentWire(String name, List<MidiNoteWire> notes) {}

  /** One note; {@code start} and {@code end} come as numbers or numeric strings. */
  public record MidiNoteWire(Object pitch, Object start, Object end, Object velocity) {}

  /**
   * A derived callback body. MIDI puts {@code task_id} at the top level; the others put it in {@code data}
   * ({@code task_id}, or {@code taskId} on the cover-image and kie.ai's Chinese MIDI pages).
   */
  public record DerivedCallback(@Json(name = "task_id") String taskIdTop, Integer code, String msg,
      DerivedCallbackData data) {}

  /**
   * {@code data} of a derived callback; which fields are present tells the kind (see {@link DerivedMapper}). The WAV
   * link is {@code audioWavUrl} on the English pages and {@code audio_wav_url} on kie.ai's Chinese ones; the stems
   * are under {@code vocal_separation_info} (kie.ai) or {@code vocal_removal_info} (sunoapi.org).
   */
  public record DerivedCallbackData(@Json(name = "task_id") String taskIdSnake, String taskId, String audioWavUrl,
      @Json(name = "audio_wav_url") String audioWavUrlSnake,
      @Json(name = "vocal_separation_info") StemsInfo vocalSeparationInfo,
      @Json(name = "vocal_removal_info") StemsInfo vocalRemovalInfo,
      @Json(name = "video_url") String videoUrl, List<String> images, String state,
      List<MidiInstrumentWire> instruments) {}

  /** The stems of a separation callback (snake_case). */
  public record StemsInfo(@Json(name = "vocal_url") String vocalUrl,
      @Json(name = "instrumental_url") String instrumentalUrl,
      @Json(name = "backing_vocals_url") String backingVocalsUrl, @Json(name = "drums_url") String drumsUrl,
      @Json(name = "bass_url") String bassUrl, @Json(name = "guitar_url") String guitarUrl,
      @Json(name = "piano_url") String pianoUrl, @Json(name = "keyboard_url") String keyboardUrl,
      @Json(name = "percussion_url") String percussionUrl, @Json(name = "strings_url") String stringsUrl,
      @Json(name = "synth_url") String synthUrl, @Json(name = "fx_url") String fxUrl,
      @Json(name = "brass_url") String brassUrl, @Json(name = "woodwinds_url") String woodwindsUrl) {}
}
