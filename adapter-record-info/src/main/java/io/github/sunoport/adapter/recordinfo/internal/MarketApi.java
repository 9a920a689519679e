package io.github.sunoport.adapter.recordinfo.internal;

import io.github.sunoport.adapter.recordinfo.internal.MarketWire.CreateTask;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;
import retrofit2.http.Url;

/**
 * kie.ai's Market endpoints: every operation is created through one path and polled through one other
 * (https://docs.kie.ai/market/common/get-task-detail). Paths are relative, as in {@link RecordInfoApi}.
 */
public interface MarketApi {
  @POST("api/v1/jobs/createTask")
  Call<ResponseBody> createTask(@Body CreateTask body);

  @GET("api/v1/jobs/recordInfo")
  Call<ResponseBody> recordInfo(@Query("taskId") String taskId);

  /** Credits are account-wide, at the same path as on the legacy route. */
  @GET
  Call<ResponseBody> credits(@Url String relativePath);
}
