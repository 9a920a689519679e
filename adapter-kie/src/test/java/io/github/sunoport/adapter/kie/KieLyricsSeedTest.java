package io.github.sunoport.adapter.kie;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.adapter.recordinfo.ProviderHarness;
import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.model.LyricsSection;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.LyricsVariant;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.port.SunoClient;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** kie.ai's documented lyrics record (seed 000, the {@code response.data} form), field by field. */
class KieLyricsSeedTest {
  private ProviderHarness harness;
  private SunoClient client;

  @BeforeEach
  void open() {
    harness = new ProviderHarness("kie");
    client = SunoProviders.open("kie", harness.settings().build());
  }

  @AfterEach
  void close() {
    client.close();
    harness.close();
  }

  @Test
  void maps_the_documented_lyrics_record_field_by_field() {
    // given
    harness.answer(ProviderHarness.resource("seeds/kie-lyrics-record-info.json"));
    TaskId id = TaskId.of("kie", "11dc****8b0f");

    // when
    LyricsTask task = client.lyrics().fetch(id);

    // then
    assertThat(task.id()).isEqualTo(id);
    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.rawStatus()).isEqualTo("SUCCESS");
    assertThat(task.failure()).isEmpty();
    assertThat(task.request().raw()).isEqualTo("{\"prompt\":\"A song about peaceful night in the city\"}");
    assertThat(task.request().fields()).isEqualTo(Map.of("prompt", "A song about peaceful night in the city"));
    assertThat(task.variants()).hasSize(1);
    LyricsVariant variant = task.variants().get(0);
    assertThat(variant.title()).isEqualTo("钢铁侠");
    assertThat(variant.text()).isEqualTo("[Verse]\n我穿越城市黑暗夜\n心中燃烧梦想的烈火");
    assertThat(variant.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(variant.error()).isEmpty();
    assertThat(variant.sections()).containsExactly(new LyricsSection("Verse", "我穿越城市黑暗夜\n心中燃烧梦想的烈火"));
    RecordedRequest request = harness.take();
    assertThat(request.getPath()).isEqualTo("/kie/api/v1/lyrics/record-info?taskId=11dc****8b0f");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer test-key");
  }
}
