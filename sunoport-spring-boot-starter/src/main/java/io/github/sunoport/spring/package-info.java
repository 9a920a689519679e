/** Spring Boot auto-configuration: a {@code SunoClient} bean from {@code sunoport.*} properties. */
package io.github.sunoport.spring;
