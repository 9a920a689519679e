package io.github.sunoport.adapter.recordinfo.internal;

import io.github.sunoport.adapter.recordinfo.internal.AudioWire.AddInstrumentalSubmit;
import io.github.sunoport.adapter.recordinfo.internal.AudioWire.AddVocalsSubmit;
import io.github.sunoport.adapter.recordinfo.internal.AudioWire.DownloadUrlSubmit;
import io.github.sunoport.adapter.recordinfo.internal.AudioWire.MashupSubmit;
import io.github.sunoport.adapter.recordinfo.internal.AudioWire.ReplaceSectionSubmit;
import io.github.sunoport.adapter.recordinfo.internal.AudioWire.SoundsSubmit;
import io.github.sunoport.adapter.recordinfo.internal.AudioWire.UploadCoverSubmit;
import io.github.sunoport.adapter.recordinfo.internal.AudioWire.UploadExtendSubmit;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;

/** The family's music-from-audio endpoints and kie.ai's download link, on the API host; paths relative as in {@link RecordInfoApi}. */
public interface AudioApi {
  @POST("api/v1/generate/upload-cover")
  Call<ResponseBody> uploadCover(@Body UploadCoverSubmit body);

  @POST("api/v1/generate/upload-extend")
  Call<ResponseBody> uploadExtend(@Body UploadExtendSubmit body);

  @POST("api/v1/generate/add-vocals")
  Call<ResponseBody> addVocals(@Body AddVocalsSubmit body);

  @POST("api/v1/generate/add-instrumental")
  Call<ResponseBody> addInstrumental(@Body AddInstrumentalSubmit body);

  @POST("api/v1/generate/replace-section")
  Call<ResponseBody> replaceSection(@Body ReplaceSectionSubmit body);

  @POST("api/v1/generate/mashup")
  Call<ResponseBody> mashup(@Body MashupSubmit body);

  @POST("api/v1/generate/sounds")
  Call<ResponseBody> sounds(@Body SoundsSubmit body);

  @POST("api/v1/common/download-url")
  Call<ResponseBody> downloadUrl(@Body DownloadUrlSubmit body);
}
