package io.github.sunoport.core.download;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.ledger.ResultKind;
import io.github.sunoport.core.ledger.ResultEntry;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.FileUpload;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.UploadedFile;
import io.github.sunoport.core.port.AccountPort;
import io.github.sunoport.core.port.FilesPort;
import io.github.sunoport.core.port.LyricsPort;
import io.github.sunoport.core.port.MusicPort;
import io.github.sunoport.core.port.SunoClient;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkRefresherTest {
  private static final ProviderId KIE = ProviderId.of("kie");
  private static final String AUDIO = "https://tempfile.example.com/song.mp3";

  private final List<URI> asked = new ArrayList<>();

  @Test
  void renews_a_link_of_the_clients_own_provider_through_its_download_link_call() {
    LinkRefresher refresher = LinkRefresher.through(client(KIE, EnumSet.of(Capability.DOWNLOAD_LINK), false));

    Optional<String> fresh = refresher.refresh(link(KIE, AUDIO));

    assertThat(fresh).contains("https://signed.example.com/song.mp3?sig=1");
    assertThat(asked).containsExactly(URI.create(AUDIO));
  }

  @Test
  void has_no_fresh_link_for_another_providers_result_and_does_not_call() {
    LinkRefresher refresher = LinkRefresher.through(client(KIE, EnumSet.of(Capability.DOWNLOAD_LINK), false));

    assertThat(refresher.refresh(link(ProviderId.of("sunoapi-org"), AUDIO))).isEmpty();
    assertThat(asked).isEmpty();
  }

  @Test
  void has_no_fresh_link_when_the_provider_offers_no_download_link() {
    LinkRefresher refresher = LinkRefresher.through(client(KIE, EnumSet.noneOf(Capability.class), false));

    assertThat(refresher.refresh(link(KIE, AUDIO))).isEmpty();
    assertThat(asked).isEmpty();
  }

  @Test
  void has_no_fresh_link_when_the_provider_refuses_the_url_or_it_is_not_a_uri() {
    LinkRefresher refresher = LinkRefresher.through(client(KIE, EnumSet.of(Capability.DOWNLOAD_LINK), true));

    assertThat(refresher.refresh(link(KIE, AUDIO))).isEmpty();
    assertThat(refresher.refresh(link(KIE, "https://bad host/x"))).isEmpty();
    assertThat(asked).containsExactly(URI.create(AUDIO));
  }

  private static ResultEntry link(ProviderId owner, String url) {
    return ResultEntry.of(new TaskId(owner, "task-1"), "t1/audio", ResultKind.AUDIO, url);
  }

  private SunoClient client(ProviderId id, Set<Capability> capabilities, boolean refuses) {
    FilesPort files = new FilesPort() {
      @Override
      public ProviderId provider() {
        return id;
      }

      @Override
      public UploadedFile upload(FileUpload upload) {
        throw new UnsupportedOperationException("not used here");
      }

      @Override
      public ResultLink downloadLink(URI fileUrl) {
        asked.add(fileUrl);
        if (refuses) {
          throw new InvalidRequestException("not a file this provider made", "url", ErrorDetails.of(id));
        }
        return ResultLink.keptFor(URI.create("https://signed.example.com/song.mp3?sig=1"), Duration.ofMinutes(20),
            Instant.parse("2026-11-29T12:00:00Z"));
      }
    };
    return new SunoClient() {
      @Override
      public ProviderId provider() {
        return id;
      }

      @Override
      public Set<Capability> capabilities() {
        return capabilities;
      }

      @Override
      public LyricsPort lyrics() {
        throw new UnsupportedOperationException("not used here");
      }

      @Override
      public MusicPort music() {
        throw new UnsupportedOperationException("not used here");
      }

      @Override
      public AccountPort account() {
        throw new UnsupportedOperationException("not used here");
      }

      @Override
      public FilesPort files() {
        return files;
      }

      @Override
      public void close() {}
    };
  }
}
