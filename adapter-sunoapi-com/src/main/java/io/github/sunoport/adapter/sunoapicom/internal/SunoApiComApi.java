package io.github.sunoport.adapter.sunoapicom.internal;

import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.Create;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.CreateFromUpload;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.MakeLyrics;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.Upload;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * sunoapi.com's endpoints (https://sunoapi.com/docs/v1/make-lyrics, https://docs.sunoapi.com/create-suno-music and
 * their sibling pages). Paths are relative so that a base URL with a prefix (a mock server's {@code /sunoapi-com/})
 * keeps it; task ids go through {@code @Path}, which percent-encodes {@code /} and {@code %} so that an id can never
 * change the path. Answers are raw bodies, checked by {@link io.github.sunoport.adapter.support.Envelopes} before
 * anything is mapped.
 */
public interface SunoApiComApi {
  /** One lyrics task: {@code data} with {@code status}, {@code title}, {@code text}, {@code input}, metadata. */
  @GET("api/v1/suno/get-lyrics/{taskId}")
  Call<ResponseBody> getLyrics(@Path("taskId") String taskId);

  /** The newer docs' music task: {@code data} is an array of clips. */
  @GET("api/v1/suno/task/{taskId}")
  Call<ResponseBody> task(@Path("taskId") String taskId);

  /** The legacy v1 music task: {@code data} is a task object with a map of clips. */
  @GET("api/v1/suno/clip/{taskId}")
  Call<ResponseBody> clip(@Path("taskId") String taskId);

  /** The balance, a bare object without envelope. */
  @GET("api/v1/get-credits")
  Call<ResponseBody> credits();

  /** Starts a lyrics task: {@code {prompt}} → {@code data.task_id}. */
  @POST("api/v1/suno/make-lyrics")
  Call<ResponseBody> makeLyrics(@Body MakeLyrics body);

  /** Converts a clip to WAV and answers at once with {@code data.wav_url} (https://docs.sunoapi.com/wav). */
  @POST("api/v1/suno/wav")
  Call<ResponseBody> wav(@Body SunoApiComWire.WavSubmit body);

  /**
   * Starts a separation of a clip into two stems ({@code basic}) or twelve ({@code full}) and answers its task id
   * (https://docs.sunoapi.com/stems-basic, https://docs.sunoapi.com/stems-full); the task is polled on
   * {@link #task} (inferred).
   */
  @POST("api/v1/suno/stems/{split}")
  Call<ResponseBody> stems(@Path("split") String split, @Body SunoApiComWire.StemsSubmit body);

  /** Creates music and, with {@code task_type: extend_music}, extends it. */
  @POST("api/v1/suno/create")
  Call<ResponseBody> create(@Body Create body);

  /** Covers or extends an uploaded clip: {@code cover_upload_music} / {@code extend_upload_music} on create. */
  @POST("api/v1/suno/create")
  Call<ResponseBody> createFromUpload(@Body CreateFromUpload body);

  /** Makes a clip of the audio at a public URL: {@code {url}} → top-level {@code clip_id}. */
  @POST("api/v1/suno/upload")
  Call<ResponseBody> upload(@Body Upload body);
}
