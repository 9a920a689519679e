package io.github.sunoport.adapter.support;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.ProtocolException;
import io.github.sunoport.core.model.ProviderId;
import java.io.EOFException;
import java.io.IOException;
import okio.Buffer;

/** Parses answer bodies with Moshi, turning every way a body can be unreadable into a {@link ProtocolException}. */
public final class JsonBodies {
  private JsonBodies() {}

  /** Builds the exception for a body that cannot be read, from what was wrong and the JSON library's exception. */
  @FunctionalInterface
  public interface Failure<E extends RuntimeException> {
    /** Returns the exception for {@code problem}, caused by {@code cause} (null when there is none). */
    E of(String problem, Throwable cause);
  }

  /**
   * Parses {@code answer}'s body with {@code adapter}.
   *
   * @throws ProtocolException if the body is empty, not JSON, truncated, nested too deep, of the wrong shape, or
   *     {@code null}
   */
  public static <T> T parse(Answer answer, JsonAdapter<T> adapter, ProviderId provider) {
    return read(answer.body(), adapter, (problem, cause) -> unreadable(problem, answer, provider, cause));
  }

  /**
   * Parses {@code body} with {@code adapter}, turning every way it can be unreadable (empty, {@code null}, not JSON,
   * truncated, nested too deep, of the wrong shape, followed by a second value) into the exception {@code failure}
   * makes, never one of the JSON library's.
   */
  public static <T, E extends RuntimeException> T read(byte[] body, JsonAdapter<T> adapter, Failure<E> failure) {
    if (body.length == 0) {
      throw failure.of("the body is empty", null);
    }
    Buffer source = new Buffer().write(body);
    try {
      JsonReader reader = JsonReader.of(source);
      T value = adapter.fromJson(reader);
      if (value == null) {
        throw failure.of("the body is JSON null", null);
      }
      // Strict readers refuse a second value here; without this check a body such as {"code":200}{"code":401} passes.
      reader.peek();
      return value;
    } catch (JsonEncodingException e) {
      throw failure.of("the body is not well-formed JSON: " + inPlainWords(e.getMessage()), e);
    } catch (JsonDataException e) {
      throw failure.of("the body is JSON of another shape than expected: " + inPlainWords(e.getMessage()), e);
    } catch (EOFException e) {
      throw failure.of("the body ends before its JSON does (truncated)", e);
    } catch (IOException | IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      // Moshi reports some malformed numbers as runtime exceptions.
      throw failure.of("the body could not be read as JSON: " + inPlainWords(e.getMessage()), e);
    } finally {
      // Moshi stops at the end of the document without consuming trailing white space; clearing hands the buffer's
      // segment back to Okio's pool instead of leaving it to the garbage collector (8 KiB per call otherwise).
      source.clear();
    }
  }

  /**
   * Says what the JSON library found in words an app's developer can act on, without its API advice ("Use
   * JsonReader.setLenient(true) to accept malformed JSON") or its token names ({@code BEGIN_OBJECT}); the JSON path it
   * gives is kept, cut to 200 characters.
   */
  static String inPlainWords(String message) {
    if (message == null || message.isBlank()) {
      return "no details";
    }
    String plain = message.replace("Use JsonReader.setLenient(true) to accept malformed JSON", "malformed JSON");
    for (String[] token : TOKENS) {
      plain = plain.replace(token[0], token[1]);
    }
    return shorten(plain);
  }

  private static final String[][] TOKENS = {
      {"BEGIN_OBJECT", "an object"}, {"BEGIN_ARRAY", "an array"}, {"END_OBJECT", "the end of an object"},
      {"END_ARRAY", "the end of an array"}, {"END_DOCUMENT", "the end of the body"}, {"STRING", "a string"},
      {"NUMBER", "a number"}, {"BOOLEAN", "a boolean"}, {"NULL", "null"}, {"NAME", "a field name"}};

  /**
   * Cuts a message to 200 characters: Moshi's messages name the JSON path, which for 1,000-deep nesting is thousands
   * of characters.
   */
  public static String shorten(String message) {
    return message == null || message.length() <= 200 ? String.valueOf(message) : message.substring(0, 200) + "...";
  }

  static ProtocolException unreadable(String summary, Answer answer, ProviderId provider, Throwable cause) {
    return new ProtocolException(summary, ErrorDetails.of(provider, answer.status(), null, ""), answer.text(), cause);
  }
}
