package io.github.sunoport.mock;

/** What a created task produces. */
enum TaskKind { LYRICS, MUSIC, EXTEND }
