/**
 * HTTP plumbing shared by the provider adapters: the OkHttp client and Retrofit, capped body reads, transport-error
 * translation, read retries, envelope and error-code translation, and tolerant value readers. It knows no provider;
 * apps do not use it directly.
 */
package io.github.sunoport.adapter.support;
