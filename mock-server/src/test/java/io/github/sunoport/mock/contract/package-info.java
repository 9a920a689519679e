/** Glue that runs the shared adapter contract against this mock server; shipped in the mock server's test-jar. */
package io.github.sunoport.mock.contract;
