package io.github.sunoport.mock;

/** Answers one route. {@link BadInput} becomes the provider's validation error. */
@FunctionalInterface
interface Endpoint {
  Reply handle(Call call) throws BadInput;
}
