/**
 * sunoapi.com's wire records, Retrofit service and mapper; public only for Moshi and Retrofit, no other module may
 * use them.
 */
package io.github.sunoport.adapter.sunoapicom.internal;
