package io.github.sunoport.adapter.support;

import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;

/** A minimal service to drive {@link HttpTransport} and {@link Exchange} against a MockWebServer. */
interface TestApi {
  @GET("ping")
  Call<ResponseBody> ping();

  @POST("submit")
  Call<ResponseBody> submit(@Body Map<String, Object> body);
}
