package io.github.sunoport.adapter.recordinfo;

import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.derived.CoverImageRequest;
import io.github.sunoport.core.model.derived.MidiRequest;
import io.github.sunoport.core.model.derived.PersonaRequest;
import io.github.sunoport.core.model.derived.SeparationType;
import io.github.sunoport.core.model.derived.SourceTrack;
import io.github.sunoport.core.model.derived.StemsRequest;
import io.github.sunoport.core.model.derived.VideoRequest;
import io.github.sunoport.core.model.derived.WavRequest;
import io.github.sunoport.core.port.SunoClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Every derived and styling call of a family client with the documented answer it expects, for suites that put each
 * call through hostile answers (the hostile-answer suite's extra calls).
 */
public final class DerivedCalls {
  /**
   * One call.
   *
   * @param payload the classpath resource of its documented success answer
   * @param call what the client is asked
   */
  public record Call(String payload, Function<SunoClient, Object> call) {}

  private DerivedCalls() {}

  /** The calls of {@code provider}, by name. */
  public static Map<String, Call> of(String provider) {
    ProviderId id = ProviderId.of(provider);
    String mock = "sunoport-mock/" + provider + "/";
    String created = mock + "wav/success.json";
    SourceTrack source = SourceTrack.of(new TaskId(id, "task-0001"), new TrackId(id, "track-0001"));
    TaskId task = new TaskId(id, "task-0002");
    Map<String, Call> calls = new LinkedHashMap<>();
    calls.put("SUBMIT_WAV", new Call(created, c -> c.derived().submitWav(WavRequest.of(source))));
    calls.put("FETCH_WAV", new Call(mock + "wav-record-info/success.json", c -> c.derived().fetchWav(task)));
    calls.put("SUBMIT_STEMS", new Call(created,
        c -> c.derived().submitStems(StemsRequest.of(source, SeparationType.TWELVE_STEMS))));
    calls.put("FETCH_STEMS", new Call(mock + "vocal-removal-record-info/split-stem.json",
        c -> c.derived().fetchStems(task)));
    calls.put("SUBMIT_MIDI", new Call(mock + "midi/success.json",
        c -> c.derived().submitMidi(MidiRequest.allStemsOf(task))));
    calls.put("FETCH_MIDI", new Call(mock + "midi-record-info/success.json", c -> c.derived().fetchMidi(task)));
    calls.put("SUBMIT_VIDEO", new Call(created, c -> c.derived().submitVideo(VideoRequest.of(source))));
    calls.put("FETCH_VIDEO", new Call(mock + "mp4-record-info/success.json", c -> c.derived().fetchVideo(task)));
    calls.put("SUBMIT_COVER", new Call(mock + "cover/success.json",
        c -> c.derived().submitCoverImage(CoverImageRequest.of(source.task()))));
    calls.put("FETCH_COVER", new Call(mock + "cover-record-info/success.json",
        c -> c.derived().fetchCoverImage(task)));
    calls.put("CREATE_PERSONA", new Call(mock + "generate-persona/success.json",
        c -> c.styling().createPersona(PersonaRequest.of(source, "Singer", "Pop"))));
    calls.put("BOOST_STYLE", new Call("derived/style-boost.json", c -> c.styling().boostStyle("Pop, Mysterious")));
    return calls;
  }
}
