package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.sunoport.core.error.InvalidRequestException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FileUpload, UploadedFile and the temporary ResultLink. */
class FilesValuesTest {
  @Test
  void a_local_file_keeps_its_name_and_lands_in_the_default_folder() {
    FileUpload upload = FileUpload.fromFile(Path.of("/music/demo song.mp3"));

    assertThat(upload.source()).isEqualTo(FileUpload.Source.FILE);
    assertThat(upload.fileName()).contains("demo song.mp3");
    assertThat(upload.folder()).isEqualTo(FileUpload.DEFAULT_FOLDER);
    assertThat(upload.inFolder("audio/user-uploads").named("x.mp3").folder()).isEqualTo("audio/user-uploads");
  }

  @Test
  void bytes_are_copied_and_never_printed() {
    byte[] data = {1, 2, 3};
    FileUpload upload = FileUpload.fromBytes(data, "a.wav");
    data[0] = 9;

    assertThat(upload.bytes()).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
    assertThat(upload.byteCount()).isEqualTo(3);
    assertThat(upload.toString()).isEqualTo("FileUpload[3 bytes -> sunoport/a.wav]");
    assertThat(upload).isEqualTo(FileUpload.fromBytes(new byte[] {1, 2, 3}, "a.wav"));
  }

  @Test
  void a_url_upload_hides_the_query_when_printed() {
    FileUpload upload = FileUpload.fromUrl(URI.create("https://host.example.com/a.mp3?token=secret"));

    assertThat(upload.toString()).doesNotContain("secret").contains("https://host.example.com");
    assertThat(upload.fileName()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/lead", "trail/", "a//b", "..", "a/../b", "sp ace", ""})
  void folder_must_be_plain_segments(String folder) {
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> FileUpload.fromBytes(new byte[] {1}, "a").inFolder(folder))
        .withMessageContaining("folder");
  }

  @Test
  void file_name_has_no_path_and_bytes_are_not_empty() {
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> FileUpload.fromBytes(new byte[] {1}, "../a.mp3"))
        .withMessageStartingWith("fileName must be a plain name");
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> FileUpload.fromBytes(new byte[0], "a.mp3"))
        .withMessage("bytes is empty");
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> FileUpload.fromUrl(URI.create("file:///etc/passwd")))
        .withMessageStartingWith("fileUrl must be an absolute http or https URL");
  }

  @Test
  void uploaded_file_knows_audio_and_carries_its_link() {
    Instant now = Instant.parse("2025-01-15T10:30:00Z");
    ResultLink link = ResultLink.keptFor(URI.create("https://files.example.com/a.mp3"), Duration.ofDays(3), now);
    UploadedFile audio = new UploadedFile(link, Optional.of("a.mp3"), Optional.empty(), OptionalLong.of(245_760),
        Optional.of("audio/mpeg"), Optional.of(now));
    UploadedFile image = new UploadedFile(ResultLink.of(URI.create("https://files.example.com/a.png")),
        Optional.empty(), Optional.empty(), OptionalLong.empty(), Optional.of("image/png"), Optional.empty());

    assertThat(audio.isAudio()).isTrue();
    assertThat(audio.url()).isEqualTo(URI.create("https://files.example.com/a.mp3"));
    assertThat(audio.link().expiresAt(ZoneOffset.UTC)).contains(now.plus(Duration.ofDays(3)));
    assertThat(image.isAudio()).isFalse();
    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> new UploadedFile(link,
        Optional.empty(), Optional.empty(), OptionalLong.of(-1), Optional.empty(), Optional.empty()))
        .withMessage("size is negative: -1");
  }

  @Test
  void temporary_link_counts_down_to_its_expiry() {
    Instant asked = Instant.parse("2025-01-15T10:30:00Z");
    Instant expiry = asked.plus(Duration.ofMinutes(20));
    ResultLink link = ResultLink.keptFor(URI.create("https://tempfile.example.com/x"), Duration.ofMinutes(20), asked);

    assertThat(link.keptFor()).contains(Duration.ofMinutes(20));
    assertThat(link.remainingAt(expiry.minusSeconds(60), ZoneOffset.UTC)).contains(Duration.ofMinutes(1));
    assertThat(link.isExpiredAt(expiry.minusMillis(1), ZoneOffset.UTC)).isFalse();
    assertThat(link.isExpiredAt(expiry, ZoneOffset.UTC)).isTrue();
    assertThat(link.remainingAt(expiry.plusSeconds(1), ZoneOffset.UTC)).contains(Duration.ZERO);
    assertThat(ResultLink.of(link.url()).remainingAt(expiry, ZoneOffset.UTC)).as("no documented lifetime").isEmpty();
    // kie.ai's documented link, whose masked host is no valid host name, is still a link.
    assertThat(ResultLink.of(URI.create("https://tempfile.1f6cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxbd98")).url()
        .getRawAuthority()).startsWith("tempfile.");
    assertThatIllegalArgumentException().isThrownBy(() -> ResultLink.of(URI.create("file:///tmp/x")))
        .withMessageStartingWith("url must be an absolute http or https URL");
  }
}
