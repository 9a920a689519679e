package io.github.sunoport.mock;

/** One documented (or QA-supplied) response body, kept as the exact bytes of its file. */
record Example(Profile provider, String route, String name, String path, String schema, byte[] body) {}
