package io.github.sunoport.core.failover;

import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.InsufficientCreditsException;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.MaintenanceException;
import io.github.sunoport.core.error.ProviderServerException;
import io.github.sunoport.core.error.RateLimitedException;
import io.github.sunoport.core.error.SunoException;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.CoverRequest;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.Owned;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TimestampedLyrics;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.AddInstrumentalRequest;
import io.github.sunoport.core.model.AddVocalsRequest;
import io.github.sunoport.core.model.FileUpload;
import io.github.sunoport.core.model.MashupRequest;
import io.github.sunoport.core.model.ReplaceSectionRequest;
import io.github.sunoport.core.model.SoundsRequest;
import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.UploadCoverRequest;
import io.github.sunoport.core.model.UploadExtendRequest;
import io.github.sunoport.core.model.UploadedFile;
import io.github.sunoport.core.port.AccountPort;
import io.github.sunoport.core.port.AudioPort;
import io.github.sunoport.core.port.FilesPort;
import io.github.sunoport.core.model.derived.BoostedStyle;
import io.github.sunoport.core.model.derived.Persona;
import io.github.sunoport.core.model.derived.PersonaRequest;
import io.github.sunoport.core.port.AccountPort;
import io.github.sunoport.core.port.DerivedOutputsPort;
import io.github.sunoport.core.port.LyricsPort;
import io.github.sunoport.core.port.MusicPort;
import io.github.sunoport.core.port.StylingPort;
import io.github.sunoport.core.port.SunoClient;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A client over several providers in order of preference. Where a call goes follows from the type of its request
 * alone, decided in one place for every operation:
 *
 * <ul>
 *   <li><b>Requests about existing work</b> name its owner (a {@link TaskId}, a {@link io.github.sunoport.core.model.TrackId},
 *       or another {@link Owned} request such as an {@link ExtendRequest}) and go to that provider only: fetching a
 *       task, reading a track's timestamped lyrics, extending a track. They never fail over, since no other provider
 *       knows the work.
 *   <li><b>Requests for new work</b> (submitting lyrics or music) go to the first provider that has the capability;
 *       the next one is tried only when the error says another provider can help: insufficient credits, rate
 *       limited, maintenance, or a server error. Any other error, or a timeout or broken connection (after which the
 *       task may exist), ends the submit: a task is never created twice.
 *   <li><b>Credits</b> are the most preferred provider's; {@link #client(ProviderId)} reaches the others.
 *   <li><b>Callbacks</b> are not parsed here, since a body does not say which provider sent it: the app's endpoint for
 *       a provider uses that provider's {@code client(provider).callbacks()}.
 * </ul>
 * Closing this client closes every client it holds.
 */
public final class FailoverClient implements SunoClient {
  private static final Set<Capability> DERIVED = EnumSet.of(Capability.WAV, Capability.SYNCHRONOUS_WAV,
      Capability.STEMS, Capability.MIDI, Capability.VIDEO, Capability.COVER_IMAGE);

  /** The id this client reports; tasks it returns carry the id of the provider that really owns them. */
  public static final ProviderId ID = ProviderId.of("failover");

  private static final Set<Capability> AUDIO = EnumSet.of(Capability.UPLOAD_COVER, Capability.UPLOAD_EXTEND,
      Capability.ADD_VOCALS, Capability.ADD_INSTRUMENTAL, Capability.REPLACE_SECTION, Capability.MASHUP,
      Capability.SOUNDS, Capability.CONCAT);

  private final Map<ProviderId, SunoClient> clients;
  private final Set<Capability> capabilities;

  private FailoverClient(Map<ProviderId, SunoClient> clients) {
    this.clients = clients;
    EnumSet<Capability> union = EnumSet.noneOf(Capability.class);
    clients.values().forEach(c -> union.addAll(c.capabilities()));
    // A callback body does not say which provider sent it: parse it with client(provider).callbacks().
    union.remove(Capability.CALLBACKS);
    this.capabilities = Set.copyOf(union);
  }

  /**
   * Returns a client over {@code clients}, most preferred first.
   *
   * @throws IllegalArgumentException if the list is empty or names a provider twice
   */
  public static FailoverClient of(List<SunoClient> clients) {
    Objects.requireNonNull(clients, "clients == null");
    if (clients.isEmpty()) {
      throw new IllegalArgumentException("a failover client needs at least one provider");
    }
    Map<ProviderId, SunoClient> byId = new LinkedHashMap<>();
    for (SunoClient client : clients) {
      Objects.requireNonNull(client, "clients contains null");
      if (byId.put(client.provider(), client) != null) {
        throw new IllegalArgumentException("provider '" + client.provider() + "' is listed twice");
      }
    }
    return new FailoverClient(byId);
  }

  /** Returns true for the errors after which another provider may accept the same request. */
  public static boolean canFailOver(SunoException error) {
    return error instanceof InsufficientCreditsException || error instanceof RateLimitedException
        || error instanceof MaintenanceException || error instanceof ProviderServerException;
  }

  /** The client of {@code provider}; throws {@link InvalidRequestException} if it is not one of this client's. */
  public SunoClient client(ProviderId provider) {
    SunoClient client = clients.get(provider);
    if (client == null) {
      throw new InvalidRequestException("no client for provider '" + provider + "'; this failover client has "
          + clients.keySet(), "taskId", ErrorDetails.of(provider));
    }
    return client;
  }

  /** The providers, most preferred first. */
  public List<ProviderId> providers() {
    return List.copyOf(clients.keySet());
  }

  @Override
  public ProviderId provider() {
    return ID;
  }

  @Override
  public Set<Capability> capabilities() {
    return capabilities;
  }

  @Override
  public LyricsPort lyrics() {
    require(Capability.LYRICS, "lyrics()");
    return new LyricsPort() {
      @Override
      public TaskId submit(LyricsRequest request) {
        return route(request, Capability.LYRICS, "lyrics().submit", c -> c.lyrics().submit(request));
      }

      @Override
      public LyricsTask fetch(TaskId id) {
        return route(id, Capability.LYRICS, "lyrics().fetch", c -> c.lyrics().fetch(id));
      }
    };
  }

  @Override
  public MusicPort music() {
    require(Capability.MUSIC, "music()");
    return new MusicPort() {
      @Override
      public TaskId submit(MusicRequest request) {
        return route(request, Capability.MUSIC, "music().submit", c -> c.music().submit(request));
      }

      @Override
      public TaskId extend(ExtendRequest request) {
        return route(request, Capability.EXTEND, "music().extend", c -> c.music().extend(request));
      }

      @Override
      public MusicTask fetch(TaskId id) {
        return route(id, Capability.MUSIC, "music().fetch", c -> c.music().fetch(id));
      }

      @Override
      public TimestampedLyrics timestampedLyrics(TaskId task, TrackId track) {
        return route(task, Capability.TIMESTAMPED_LYRICS, "music().timestampedLyrics",
            c -> c.music().timestampedLyrics(task, track));
      }
    };
  }

  /**
   * Music from audio: every submit is new work, so it fails over like a generation, except a section replacement
   * in a generated track, which goes to the track's owner.
   */
  @Override
  public AudioPort audio() {
    if (AUDIO.stream().noneMatch(capabilities::contains)) {
      throw UnsupportedCapabilityException.of(ID, Capability.UPLOAD_COVER, "audio()");
    }
    return new AudioPort() {
      @Override
      public ProviderId provider() {
        return ID;
      }

      @Override
      public TaskId uploadCover(UploadCoverRequest request) {
        return route(request, Capability.UPLOAD_COVER, "audio().uploadCover", c -> c.audio().uploadCover(request));
      }

      @Override
      public TaskId uploadExtend(UploadExtendRequest request) {
        return route(request, Capability.UPLOAD_EXTEND, "audio().uploadExtend", c -> c.audio().uploadExtend(request));
      }

      @Override
      public TaskId addVocals(AddVocalsRequest request) {
        return route(request, Capability.ADD_VOCALS, "audio().addVocals", c -> c.audio().addVocals(request));
      }

      @Override
      public TaskId addInstrumental(AddInstrumentalRequest request) {
        return route(request, Capability.ADD_INSTRUMENTAL, "audio().addInstrumental",
            c -> c.audio().addInstrumental(request));
      }

      @Override
      public TaskId replaceSection(ReplaceSectionRequest request) {
        // The track form is about existing work: route by its track, which names the owner.
        Object routed = request.track().<Object>map(track -> track).orElse(request);
        return route(routed, Capability.REPLACE_SECTION, "audio().replaceSection",
            c -> c.audio().replaceSection(request));
      }

      @Override
      public TaskId mashup(MashupRequest request) {
        return route(request, Capability.MASHUP, "audio().mashup", c -> c.audio().mashup(request));
      }

      @Override
      public TaskId sounds(SoundsRequest request) {
        return route(request, Capability.SOUNDS, "audio().sounds", c -> c.audio().sounds(request));
      }

      @Override
      public TaskId cover(CoverRequest request) {
        return route(request, Capability.COVER, "audio().cover", c -> c.audio().cover(request));
      }

      @Override
      public TaskId concat(TrackId lastTrack) {
        return route(lastTrack, Capability.CONCAT, "audio().concat", c -> c.audio().concat(lastTrack));
      }
    };
  }

  /**
   * Files: an upload is new work and fails over (the file's URL is public, so any provider can use it afterwards);
   * a download link goes to the first provider offering links.
   */
  @Override
  public FilesPort files() {
    require(Capability.FILE_UPLOAD, "files()");
    return new FilesPort() {
      @Override
      public ProviderId provider() {
        return ID;
      }

      @Override
      public UploadedFile upload(FileUpload upload) {
        return route(upload, Capability.FILE_UPLOAD, "files().upload", c -> c.files().upload(upload));
      }

      @Override
      public ResultLink downloadLink(URI fileUrl) {
        return route(fileUrl, Capability.DOWNLOAD_LINK, "files().downloadLink", c -> c.files().downloadLink(fileUrl));
      }
    };
  }

  @Override
  public DerivedOutputsPort derived() {
    requireAny(DERIVED, "derived()");
    return new FailoverDerivedPort(this::route);
  }

  @Override
  public StylingPort styling() {
    requireAny(EnumSet.of(Capability.PERSONA, Capability.STYLE_BOOST), "styling()");
    return new StylingPort() {
      @Override
      public Persona createPersona(PersonaRequest request) {
        return route(request, Capability.PERSONA, "styling().createPersona", c -> c.styling().createPersona(request));
      }

      @Override
      public BoostedStyle boostStyle(String content) {
        return route(content, Capability.STYLE_BOOST, "styling().boostStyle", c -> c.styling().boostStyle(content));
      }
    };
  }

  @Override
  public AccountPort account() {
    require(Capability.CREDITS, "account()");
    return () -> firstWith(Capability.CREDITS, "account().credits").get(0).account().credits();
  }

  @Override
  public void close() {
    RuntimeException first = null;
    for (SunoClient client : clients.values()) {
      try {
        client.close();
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  @Override
  public String toString() {
    return "FailoverClient" + clients.keySet();
  }

  /**
   * The one routing rule: an {@link Owned} request goes to its owner and nowhere else; any other request is new work,
   * tried at each provider able to do it in order of preference while the error says another one may accept it.
   * Every port method of this client goes through here.
   */
  <R> R route(Object request, Capability capability, String name, Function<SunoClient, R> operation) {
    Objects.requireNonNull(request, "request == null");
    if (request instanceof Owned owned) {
      return operation.apply(ownerOf(owned));
    }
    return firstAccepting(capability, name, operation);
  }

  private SunoClient ownerOf(Owned work) {
    SunoClient owner = clients.get(work.owner());
    if (owner == null) {
      throw new InvalidRequestException(work + " belongs to provider '" + work.owner() + "', which this failover "
          + "client does not hold; it holds " + clients.keySet(), "owner", ErrorDetails.of(work.owner()));
    }
    return owner;
  }

  private <R> R firstAccepting(Capability capability, String name, Function<SunoClient, R> submit) {
    SunoException last = null;
    for (SunoClient client : firstWith(capability, name)) {
      try {
        return submit.apply(client);
      } catch (SunoException e) {
        if (!canFailOver(e)) {
          if (last != null) {
            e.addSuppressed(last);
          }
          throw e;
        }
        if (last != null) {
          e.addSuppressed(last);
        }
        last = e;
      }
    }
    throw last;
  }

  private List<SunoClient> firstWith(Capability capability, String operation) {
    List<SunoClient> able = new ArrayList<>();
    for (SunoClient client : clients.values()) {
      if (client.supports(capability)) {
        able.add(client);
      }
    }
    if (able.isEmpty()) {
      throw UnsupportedCapabilityException.of(ID, capability, operation);
    }
    return able;
  }

  private void requireAny(Set<Capability> any, String operation) {
    if (any.stream().noneMatch(capabilities::contains)) {
      throw new UnsupportedCapabilityException("no provider of this failover client offers any of " + any + ": "
          + operation + " is not available", ErrorDetails.of(ID));
    }
  }

  private void require(Capability capability, String operation) {
    if (!capabilities.contains(capability)) {
      throw UnsupportedCapabilityException.of(ID, capability, operation);
    }
  }
}
