/** The unchecked exceptions every port throws: one root, {@link io.github.sunoport.core.error.SunoException}, and a subclass per cause. */
package io.github.sunoport.core.error;
