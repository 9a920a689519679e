/**
 * Keeping results: {@link io.github.sunoport.core.download.ResultDownloader} saves the files a task produced before
 * the provider deletes them, streamed and checked, and records where in the task ledger.
 */
package io.github.sunoport.core.download;
