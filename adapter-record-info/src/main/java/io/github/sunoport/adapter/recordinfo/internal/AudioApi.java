package io.github.sunoport.adapter.recordinfo.internal;

import io.github.sunoport.adapter.recordinfo.internal.AudioWire.DownloadUrlSubmit;
import io.github.sunoport.core.model.MusicOperation;
import java.util.Locale;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * The family's music-from-audio endpoints and kie.ai's download link, on the API host; paths relative as in
 * {@link RecordInfoApi}.
 */
public interface AudioApi {
  /**
   * {@code POST api/v1/generate/<operation>}: upload-cover, upload-extend, add-vocals, add-instrumental,
   * replace-section, mashup or sounds, with that operation's {@link AudioWire} record as the body.
   */
  @POST("api/v1/generate/{operation}")
  Call<ResponseBody> create(@Path("operation") String operation, @Body Object body);

  @POST("api/v1/common/download-url")
  Call<ResponseBody> downloadUrl(@Body DownloadUrlSubmit body);

  /** The path segment of {@code operation}: the family names each create path after it ({@code upload-cover}). */
  static String path(MusicOperation operation) {
    return operation.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
