/** Wire records, the Retrofit service and the mapper of the record-info API family; no other module may use them. */
package io.github.sunoport.adapter.recordinfo.internal;
