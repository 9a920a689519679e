/**
 * The record-info API that kie.ai and sunoapi.org share: the same paths, {@code {code,msg,data}} envelope, status
 * words and payloads. A provider module supplies its {@link io.github.sunoport.adapter.recordinfo.RecordInfoDialect}:
 * credits path, error codes, models and limits, and whether it signs callbacks.
 */
package io.github.sunoport.adapter.recordinfo;
