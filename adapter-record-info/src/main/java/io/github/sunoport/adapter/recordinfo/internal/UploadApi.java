package io.github.sunoport.adapter.recordinfo.internal;

import io.github.sunoport.adapter.recordinfo.internal.AudioWire.FileBase64Upload;
import io.github.sunoport.adapter.recordinfo.internal.AudioWire.FileUrlUpload;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Multipart;
import retrofit2.http.POST;
import retrofit2.http.Part;

/** The upload host's endpoints (https://docs.kie.ai/file-upload-api/quickstart), on its own base URL. */
public interface UploadApi {
  @POST("api/file-url-upload")
  Call<ResponseBody> fromUrl(@Body FileUrlUpload body);

  @POST("api/file-base64-upload")
  Call<ResponseBody> fromBase64(@Body FileBase64Upload body);

  /** {@code file} streams its content when the request is written; nothing is read into memory first. */
  @Multipart
  @POST("api/file-stream-upload")
  Call<ResponseBody> fromStream(@Part MultipartBody.Part file, @Part("uploadPath") RequestBody uploadPath,
      @Part("fileName") RequestBody fileName);
}
