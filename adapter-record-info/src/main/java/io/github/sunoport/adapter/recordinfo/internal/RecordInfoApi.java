package io.github.sunoport.adapter.recordinfo.internal;

import io.github.sunoport.adapter.recordinfo.internal.WireRecords.ExtendSubmit;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.GenerateSubmit;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.LyricsSubmit;
import io.github.sunoport.adapter.recordinfo.internal.WireRecords.TimestampedSubmit;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;
import retrofit2.http.Url;

/**
 * The family's endpoints. Paths are relative so that a base URL with a prefix (a mock server's {@code /kie/}) keeps
 * it. Answers are read as raw bodies: {@link io.github.sunoport.adapter.support.Envelopes} checks status and code
 * before anything is mapped.
 */
public interface RecordInfoApi {
  @POST("api/v1/lyrics")
  Call<ResponseBody> submitLyrics(@Body LyricsSubmit body);

  @GET("api/v1/lyrics/record-info")
  Call<ResponseBody> lyricsRecord(@Query("taskId") String taskId);

  @POST("api/v1/generate")
  Call<ResponseBody> generate(@Body GenerateSubmit body);

  @POST("api/v1/generate/extend")
  Call<ResponseBody> extend(@Body ExtendSubmit body);

  @GET("api/v1/generate/record-info")
  Call<ResponseBody> musicRecord(@Query("taskId") String taskId);

  @POST("api/v1/generate/get-timestamped-lyrics")
  Call<ResponseBody> timestampedLyrics(@Body TimestampedSubmit body);

  @POST("api/v1/wav/generate")
  Call<ResponseBody> submitWav(@Body DerivedWire.WavSubmit body);

  @GET("api/v1/wav/record-info")
  Call<ResponseBody> wavRecord(@Query("taskId") String taskId);

  @POST("api/v1/vocal-removal/generate")
  Call<ResponseBody> submitStems(@Body DerivedWire.StemsSubmit body);

  @GET("api/v1/vocal-removal/record-info")
  Call<ResponseBody> stemsRecord(@Query("taskId") String taskId);

  @POST("api/v1/midi/generate")
  Call<ResponseBody> submitMidi(@Body DerivedWire.MidiSubmit body);

  @GET("api/v1/midi/record-info")
  Call<ResponseBody> midiRecord(@Query("taskId") String taskId);

  @POST("api/v1/mp4/generate")
  Call<ResponseBody> submitVideo(@Body DerivedWire.VideoSubmit body);

  @GET("api/v1/mp4/record-info")
  Call<ResponseBody> videoRecord(@Query("taskId") String taskId);

  @POST("api/v1/suno/cover/generate")
  Call<ResponseBody> submitCover(@Body DerivedWire.CoverSubmit body);

  @GET("api/v1/suno/cover/record-info")
  Call<ResponseBody> coverRecord(@Query("taskId") String taskId);

  @POST("api/v1/generate/generate-persona")
  Call<ResponseBody> createPersona(@Body DerivedWire.PersonaSubmit body);

  @POST("api/v1/style/generate")
  Call<ResponseBody> boostStyle(@Body DerivedWire.StyleSubmit body);

  /** Credits live at a different path per provider. */
  @GET
  Call<ResponseBody> credits(@Url String relativePath);
}
