/**
 * The contract every provider adapter must pass, shipped in core's test-jar: extend {@link
 * io.github.sunoport.core.contract.SunoClientContract} with a {@link io.github.sunoport.core.contract.ContractFixture}
 * that runs the adapter against a mock of its provider.
 */
package io.github.sunoport.core.contract;
