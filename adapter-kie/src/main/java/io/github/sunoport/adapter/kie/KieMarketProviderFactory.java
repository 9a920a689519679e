package io.github.sunoport.adapter.kie;

import io.github.sunoport.adapter.recordinfo.RecordInfoProviderFactory;

/**
 * Opens clients of kie.ai's Market API ({@code api/v1/jobs/createTask} and {@code api/v1/jobs/recordInfo}); found by
 * {@link java.util.ServiceLoader} under the id {@code kie-market}. Same key, ports and domain values as {@code kie}
 * (the per-operation tree), so an app switches by changing the provider id alone. Tasks belong to the route that
 * created them: a {@code kie} task id is not polled here, nor the other way round. A callback URL is optional;
 * callbacks are parsed and, with a webhook key set, verified as on {@code kie}. Result links expire about 24 hours
 * after the task ends ({@link io.github.sunoport.core.model.TaskTimes#linksExpire()}).
 */
public final class KieMarketProviderFactory extends RecordInfoProviderFactory {
  /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
  public KieMarketProviderFactory() {
    super(new KieMarketDialect());
  }
}
