/**
 * External registries the provider checks qualification requirements against (seed 000 ¶5, ¶80): the state database
 * of individuals ({@link kz.attest.registry.PersonRegistry}) and the Prosecutor General's special records
 * ({@link kz.attest.registry.SpecialRecords}). Each port has a deterministic demonstration adapter and an HTTP adapter
 * chosen by {@code attest.registries.mode}; a registry that does not answer raises
 * {@link kz.attest.registry.RegistryUnavailableException}, never a 5xx.
 */
@org.springframework.modulith.ApplicationModule(displayName = "External registries")
package kz.attest.registry;
