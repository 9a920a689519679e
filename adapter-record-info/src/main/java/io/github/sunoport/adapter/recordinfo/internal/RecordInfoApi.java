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

  /** Credits live at a different path per provider. */
  @GET
  Call<ResponseBody> credits(@Url String relativePath);
}
